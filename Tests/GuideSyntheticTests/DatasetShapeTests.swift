import GuideModel
import GuideSynthetic
import Testing

/// A directory written with the dataset's shapes (`guide-synth fairs --dataset-shapes`) holds
/// every shape of the table in the dataset's README, counted by parsing each file with the guide's
/// own JSON parser; and the shapes change only how fields are written, never what the fairs and
/// lists hold.
struct DatasetShapeTests {
    static let withShapes = SyntheticFairDirectory(fairs: 30, entries: 24_000, metadataOnly: 20, undated: 40, seed: 15, datasetShapes: true)
    static let files: [(file: SyntheticFairFile, text: String)] = withShapes.map { ($0, $0.text) }
    static let shapes: ShapeCount = {
        var count = ShapeCount()
        for (file, text) in files {
            guard case .object(let members)? = try? JSONParser.parse(Array(text.utf8)) else {
                count.add("unparsable \(file.fileName)")
                continue
            }
            count.addFair(members)
        }
        return count
    }()

    /// Occurrences of "field: shape".
    struct ShapeCount {
        var counts: [String: Int] = [:]

        mutating func add(_ shape: String) { counts[shape, default: 0] += 1 }

        mutating func addFair(_ members: [JSONMember]) {
            for member in members {
                switch member.key {
                case "website", "address", "alias", "country", "organiser", "social", "delegation":
                    add("fair \(member.key): \(Self.kind(member.value))")
                case "approxDate":
                    if case .string(let text) = member.value { add("fair approxDate: \(text.count) characters") }
                case "exhibitor":
                    guard case .array(let entries) = member.value else { add("fair exhibitor: \(Self.kind(member.value))"); continue }
                    for case .object(let fields) in entries { addEntry(fields) }
                default:
                    break
                }
                if case .array(let delegations) = member.value, member.key == "delegation" {
                    for delegation in delegations {
                        if case .object(let fields) = delegation {
                            add("delegation: object with " + fields.map(\.key).sorted().joined(separator: ","))
                        } else {
                            add("delegation: \(Self.kind(delegation))")
                        }
                    }
                }
            }
            let start = members.first { $0.key == "startDate" }?.value
            let end = members.first { $0.key == "endDate" }?.value
            if case .string(let first)? = start, case .string(let last)? = end, last < first { add("fair dates: end before start") }
        }

        mutating func addEntry(_ fields: [JSONMember]) {
            for field in fields {
                switch field.key {
                case "country", "website", "address", "alias", "category", "social":
                    add("exhibitor \(field.key): \(Self.kind(field.value))")
                case "name":
                    if case .string(let name) = field.value,
                       name.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                        add("exhibitor name: with a control character")
                    }
                default:
                    break
                }
            }
        }

        static func kind(_ value: JSONValue) -> String {
            switch value {
            case .string: "string"
            case .array: "list"
            case .object: "object"
            case .null, .bool, .number: value.typeName
            }
        }
    }

    static let expectedShapes = [
        "fair website: string", "fair website: list",
        "fair address: object", "fair address: string", "fair address: list",
        "fair alias: list", "fair alias: string",
        "fair country: string", "fair country: object",
        "fair organiser: list", "fair organiser: object",
        "fair social: list", "fair social: object",
        "fair delegation: list",
        "delegation: object with country,name", "delegation: object with country", "delegation: string",
        "fair dates: end before start",
        "fair approxDate: 4 characters", "fair approxDate: 7 characters", "fair approxDate: 10 characters",
        "exhibitor country: object", "exhibitor country: string", "exhibitor country: list",
        "exhibitor website: string", "exhibitor website: list",
        "exhibitor address: object", "exhibitor address: string", "exhibitor address: list",
        "exhibitor alias: string", "exhibitor alias: list",
        "exhibitor category: list", "exhibitor category: string",
        "exhibitor social: list", "exhibitor social: object",
        "exhibitor name: with a control character",
    ]

    @Test(arguments: expectedShapes)
    func everyShapeOfTheDatasetOccurs(_ shape: String) {
        #expect(Self.shapes.counts[shape, default: 0] > 0, "no \(shape) in \(Self.shapes.counts.keys.sorted())")
    }

    @Test func nothingElseOccurs() {
        #expect(Set(Self.shapes.counts.keys).subtracting(Self.expectedShapes).isEmpty)
    }

    /// The approximate dates split as the dataset's 1,019 do: most a year (81%), a tenth each a month or a day.
    @Test func approximateDatesAreMostlyAYear() {
        let years = Self.shapes.counts["fair approxDate: 4 characters", default: 0]
        let months = Self.shapes.counts["fair approxDate: 7 characters", default: 0]
        let days = Self.shapes.counts["fair approxDate: 10 characters", default: 0]
        #expect(years + months + days == 40)
        #expect(years >= 3 * (months + days))
    }

    /// The rarer shapes stay rare: lists of web sites and addresses are about one entry in a thousand.
    @Test func rareEntryShapesStayRare() {
        let websites = Self.shapes.counts["exhibitor website: string", default: 0]
        let websiteLists = Self.shapes.counts["exhibitor website: list", default: 0]
        #expect(websiteLists * 200 < websites)
        let socialObjects = Self.shapes.counts["exhibitor social: object", default: 0]
        let socialLists = Self.shapes.counts["exhibitor social: list", default: 0]
        #expect(socialObjects * 3 < socialLists)
    }

    /// With and without the shapes: the same files, fairs and entry names; and without them the
    /// bytes are those of a directory planned without the option.
    @Test func shapesChangeOnlyHowFieldsAreWritten() throws {
        let plain = SyntheticFairDirectory(fairs: 30, entries: 24_000, metadataOnly: 20, undated: 40, seed: 15)
        let plainFiles = Array(plain)
        #expect(plainFiles.map(\.fileName) == Self.files.map(\.file.fileName))
        for (plainFile, shaped) in zip(plainFiles, Self.files) {
            #expect(plainFile.entryCount == shaped.file.entryCount)
            #expect(plainFile.companyIDs == shaped.file.companyIDs)
            #expect(Self.names(in: plainFile.text) == Self.names(in: shaped.text), "\(plainFile.fileName)")
        }
        let explicit = SyntheticFairDirectory(fairs: 30, entries: 24_000, metadataOnly: 20, undated: 40, seed: 15, datasetShapes: false)
        #expect(Array(explicit).map(\.text) == plainFiles.map(\.text))
    }

    @Test func sameOptionsGiveTheSameBytes() {
        let again = SyntheticFairDirectory(fairs: 30, entries: 24_000, metadataOnly: 20, undated: 40, seed: 15, datasetShapes: true)
        #expect(Array(again).map(\.text) == Self.files.map(\.text))
    }

    /// Web addresses stay on the reserved .example domain, whatever shape they take.
    @Test func webAddressesStayOnExample() {
        for (file, text) in Self.files {
            for part in text.split(separator: "\"") where part.hasPrefix("http") {
                let host = part.split(separator: "/").dropFirst().first ?? ""
                #expect(host.hasSuffix(".example"), "\(file.fileName): \(part)")
            }
        }
    }

    static func names(in text: String) -> [String] {
        guard case .object(let members)? = try? JSONParser.parse(Array(text.utf8)),
              case .array(let entries)? = members.first(where: { $0.key == "exhibitor" })?.value else { return [] }
        return entries.compactMap { entry in
            guard case .object(let fields) = entry, case .string(let name)? = fields.first(where: { $0.key == "name" })?.value else { return nil }
            return name
        }
    }
}
