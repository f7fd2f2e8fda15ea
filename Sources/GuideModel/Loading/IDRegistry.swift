import Foundation

/// The ids defined in one section of a show file (`$.exhibitors[i].id`, `$.countries[i].code`...),
/// for duplicate and reference checks.
///
/// Where an id was first defined is kept as its element index, and made into a path only when a
/// duplicate is reported: 100,000 exhibitors then cost no paths at all.
final class IDRegistry {
    let noun: String
    private let section: StaticString
    private let key: StaticString
    private var firstIndex: [String: Int32] = [:]
    /// Reference lists already checked without a problem, by their exact text. The same list
    /// (`["s1"]`, a pair of shows, a set of categories) recurs across thousands of exhibitors;
    /// each repeat then costs one lookup and shares one array.
    private var checkedLists: [ListText: [String]] = [:]

    init(noun: String, section: StaticString, key: StaticString) {
        self.noun = noun
        self.section = section
        self.key = key
    }

    /// A registry with the same ids, for a decoder running on another thread.
    func copy() -> IDRegistry {
        let copy = IDRegistry(noun: noun, section: section, key: key)
        copy.firstIndex = firstIndex
        copy.checkedLists = checkedLists
        return copy
    }

    /// Takes over the ids another registry (a copy of this one) has registered since.
    func adopt(_ other: IDRegistry) {
        firstIndex = other.firstIndex
        checkedLists = other.checkedLists
    }

    func reserveCapacity(_ count: Int) {
        firstIndex.reserveCapacity(count)
    }

    /// Registers an id defined at `$.<section>[index].<key>`, or logs a duplicate and returns false.
    func register(_ id: String, at index: Int, log: ProblemLog) -> Bool {
        if let first = firstIndex[id] {
            log.add(path(index), "duplicate \(noun) id \(quoted(id)) (first used at \(path(Int(first))))", detail: noun)
            return false
        }
        firstIndex[id] = Int32(index)
        return true
    }

    /// Records where `id` is written, replacing an earlier place (for facts looked up by id later,
    /// such as where a category names its parent).
    func record(_ id: String, at index: Int) {
        firstIndex[id] = Int32(index)
    }

    /// The path recorded for `id`.
    func path(of id: String) -> JSONPath? {
        firstIndex[id].map { path(Int($0)) }
    }

    func contains(_ id: String) -> Bool { firstIndex[id] != nil }

    var ids: [String] { Array(firstIndex.keys) }

    /// The registered string equal to `id` byte for byte, so references share its storage.
    func registered(_ id: String) -> String? {
        guard let index = firstIndex.index(forKey: id) else { return nil }
        let stored = firstIndex.keys[index]
        return stored.utf8.elementsEqual(id.utf8) ? stored : nil
    }

    func checkedList(_ text: UnsafeBufferPointer<UInt8>) -> [String]? {
        checkedLists[ListText(bytes: text)]
    }

    /// Remembers a list found valid; the text must stay alive as long as this registry.
    func rememberCheckedList(_ text: UnsafeBufferPointer<UInt8>, _ ids: [String]) {
        checkedLists[ListText(bytes: text)] = ids
    }

    private func path(_ index: Int) -> JSONPath {
        .root / section.description / index / key.description
    }

    /// The text of a JSON array inside the document being decoded, compared by its bytes.
    private struct ListText: Hashable {
        let bytes: UnsafeBufferPointer<UInt8>

        static func == (lhs: ListText, rhs: ListText) -> Bool {
            lhs.bytes.hasSameBytes(as: rhs.bytes)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }
}
