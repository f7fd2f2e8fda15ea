import Foundation
import GuideFairs
import GuideTestSupport

/// The CAAT/Omega sample fair files shared by the project (`../shared/data/caat`, outside the
/// repository), read minimally into `EditionInput` for tests: the real reader lives elsewhere in
/// `GuideFairs`, and these tests must not depend on it.
enum CAATSamples {
    /// `$CAAT_SAMPLES_DIR`, else `shared/data/caat` next to the repository or one level up.
    static let directory: URL? = {
        var candidates: [URL] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment["CAAT_SAMPLES_DIR"] {
            candidates.append(URL(fileURLWithPath: fromEnvironment))
        }
        let root = Fixtures.repositoryRoot
        candidates.append(root.appendingPathComponent("../shared/data/caat"))
        candidates.append(root.appendingPathComponent("../../shared/data/caat"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("adex-2024.json").path) }
    }()

    static var isAvailable: Bool { directory != nil }

    /// One fair file as an edition: `exhibitor[].name`, `.alias` as alternative names,
    /// `.country` as {text, iso2}, a plain string, or a list (its first usable element), and
    /// `.website` (a string or a list).
    static func edition(_ fileName: String) throws -> EditionInput {
        let url = directory!.appendingPathComponent(fileName)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let exhibitors = (object["exhibitor"] as? [[String: Any]] ?? []).enumerated().map { index, entry in
            EditionEntry(id: String(index), name: entry["name"] as? String ?? "", altNames: aliases(entry["alias"]), country: country(entry["country"]),
                         websites: aliases(entry["website"]))
        }
        let edition = object["edition"] as? String ?? ""
        return EditionInput(id: (fileName as NSString).deletingPathExtension, series: object["series"] as? String ?? "",
                            edition: edition, year: Int(edition.prefix(4)), name: object["name"] as? String ?? fileName,
                            exhibitors: exhibitors)
    }

    private static func aliases(_ value: Any?) -> [String] {
        if let text = value as? String { return [text] }
        return (value as? [Any] ?? []).compactMap { $0 as? String }
    }

    private static func country(_ value: Any?) -> String? {
        switch value {
        case let object as [String: Any]:
            return object["iso2"] as? String
        case let text as String:
            // A plain string is a code only when it looks like one; a country name is not guessed.
            return text.count == 2 && text.allSatisfy(\.isLetter) ? text.uppercased() : nil
        case let list as [Any]:
            return list.lazy.compactMap { country($0) }.first
        default:
            return nil
        }
    }
}
