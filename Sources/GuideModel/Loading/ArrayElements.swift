/// The elements of an array with their positions, read one at a time from the document.
struct ArrayElements: Sequence {
    struct Element {
        let node: JSONNode
        let index: Int
        /// The array's place plus the index, made into a path only if a problem needs it.
        let location: LazyPath
    }

    let document: JSONDocument
    let array: JSONNode
    let location: LazyPath

    struct Iterator: IteratorProtocol {
        fileprivate var children: JSONDocument.Children
        fileprivate let location: LazyPath
        fileprivate var index = 0

        mutating func next() -> Element? {
            guard let node = children.next() else { return nil }
            defer { index += 1 }
            return Element(node: node, index: index, location: location.appending(index))
        }
    }

    func makeIterator() -> Iterator {
        Iterator(children: document.children(of: array), location: location)
    }

    var isEmpty: Bool { count(upTo: 1) == 0 }

    /// How many elements there are, counting no further than `limit`.
    func count(upTo limit: Int) -> Int {
        var iterator = makeIterator()
        var count = 0
        while count < limit, iterator.next() != nil { count += 1 }
        return count
    }

    /// The array's text, brackets included: equal texts hold equal values.
    var text: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: document.bytes[array.offset..<array.end])
    }
}
