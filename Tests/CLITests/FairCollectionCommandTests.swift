import Foundation
import GuideModel
import GuideTestSupport
import Testing

/// Several fair files as one catalogue on the command line (`--data` repeated, or a directory),
/// and `adex-guide editions` on it and on the bundled guide.
struct FairCollectionCommandTests {
    let runner = BinaryRunner()
    /// ADEX 2016 (no list), 2022 and 2024, in an order the catalogue must not depend on.
    static let data = ["adex-2024.json", "adex-2016.json", "adex-2022.json"].flatMap { ["--data", FairSamples.fixture($0)] }

    static func json(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    /// The value at a path of object keys and array indices, or nil.
    static func value(_ json: JSONValue, _ path: [Any]) -> JSONValue? {
        var current: JSONValue? = json
        for step in path {
            switch (current, step) {
            case (.object(let members)?, let key as String): current = members.first { $0.key == key }?.value
            case (.array(let items)?, let index as Int): current = items.indices.contains(index) ? items[index] : nil
            default: return nil
            }
        }
        return current
    }

    @Test func severalFairFilesOpenAsOneCatalogue() throws {
        let info = try runner.run(["info"] + Self.data)
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stderr.isEmpty)
        #expect(info.stdout.hasPrefix("3 fairs from the CAAT/Omega dataset\n"))
        #expect(info.stdout.contains("Format      CAAT/Omega fair files, converted on load and matched into one catalogue\n"))
        #expect(info.stdout.contains("Fairs       3 fairs, 2 with an exhibitor list: 350 entries matched into 305 companies (38 at more than one fair)\n"))
        #expect(info.stdout.contains("Exhibitor lists only: 3 fairs"))
        let json = try Self.json(try runner.run(["info", "--json"] + Self.data).stdout)
        #expect(Self.value(json, ["format"]) == .string("caat-fairs"))
        #expect(Self.value(json, ["collection", "companies"]) == .number(305))
        #expect(Self.value(json, ["collection", "fairs", 0, "show"]) == .string("adex-2024"))
        // Each fair is a show: the show facet filters by fair.
        for (show, count) in [("adex-2022", 149), ("ADEX 2024", 194), ("adex-2016", 0)] {
            let list = try runner.run(["exhibitors", "--show", show, "--json"] + Self.data)
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout.contains("\"count\": \(count),"), "\(show)")
        }
        let edition = try runner.run(["exhibitors", "--edition", "2022"] + Self.data)
        #expect(edition.status == 64)
        #expect(edition.stderr.contains("each fair is a show in a catalogue of several fairs: use --show"))
        let schedule = try runner.run(["schedule"] + Self.data)
        #expect(schedule.stdout == "No programme in the data: the 3 fairs are exhibitor lists only ('adex-guide editions' shows their history).\n")
        let search = try runner.run(["search", "ishbir"] + Self.data)
        #expect(search.status == 0 && search.stdout.contains("ISBIR ELEKTRIK SAN AS"))
    }

    @Test func editionsChartsEachSeries() throws {
        let result = try runner.run(["editions"] + Self.data)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "ADEX: 3 editions, 2 with a published exhibitor list")
        #expect(lines.contains("  ADEX 2016  (held 27–30 September 2016, list not published)"))
        #expect(lines.contains { $0.hasPrefix("  ADEX 2022  ███") && $0.hasSuffix(" 149") })
        #expect(lines.contains { $0.hasPrefix("  ADEX 2024  ███") && $0.hasSuffix(" 194") })
        #expect(lines.contains("  EDITION    EXHIBITORS  NEW  RETURNING  NOT RETURNING  COMPARED WITH"))
        #expect(lines.contains("  ADEX 2016           -    -          -              -  (held 27–30 September 2016, list not published)"))
        #expect(lines.contains("  ADEX 2022         149    -          -              -  (first published list)"))
        #expect(lines.contains("  ADEX 2024         194  156         38            111  ADEX 2022"))
        #expect(lines.contains("  Countries at ADEX 2024 (the latest published list)"))
        #expect(lines.contains { $0.hasPrefix("    Türkiye ") && $0.hasSuffix(" 53") })
        #expect(lines.contains { $0.hasPrefix("    other countries (14) ") && $0.hasSuffix(" 23") })
        #expect(lines.contains { $0.hasPrefix("    country not given ") && $0.hasSuffix(" 2") })

        let json = try Self.json(try runner.run(["editions", "--json"] + Self.data).stdout)
        let editions = Self.value(json, ["series", 0, "editions"])
        #expect(Self.value(json, ["series", 0, "name"]) == .string("ADEX"))
        #expect(Self.value(editions ?? .null, [0, "listPublished"]) == .bool(false))
        #expect(Self.value(editions ?? .null, [0, "exhibitors"]) == .null)
        #expect(Self.value(editions ?? .null, [2, "counts", "new"]) == .number(156))
        #expect(Self.value(editions ?? .null, [2, "counts", "returning"]) == .number(38))
        #expect(Self.value(editions ?? .null, [2, "counts", "notReturning"]) == .number(111))
        #expect(Self.value(editions ?? .null, [2, "comparedWith", "id"]) == .string("adex-2022"))
        #expect(Self.value(json, ["series", 0, "countries", "top", 0, "country", "code"]) == .string("TR"))
        #expect(Self.value(json, ["series", 0, "countries", "otherCountries", "countries"]) == .number(14))
        #expect(Self.value(json, ["series", 0, "countries", "withoutCountry"]) == .number(2))
    }

    @Test func oneEditionsNewExhibitors() throws {
        let result = try runner.run(["editions", "--edition", "2024", "--new"] + Self.data)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("ADEX 2024 (ADEX): 194 exhibitors; compared with ADEX 2022, the previous published list\n\nNew: 156 (on no earlier published list of ADEX)\n"))
        #expect(result.stdout.contains("3E AZERBAIJAN LLC"))
        #expect(!result.stdout.contains("Returning:") && !result.stdout.contains("Not returning:"))
        let json = try Self.json(try runner.run(["editions", "--edition", "adex-2024", "--new", "--json"] + Self.data).stdout)
        guard case .array(let new)? = Self.value(json, ["edition", "new"]) else {
            Issue.record("no new list")
            return
        }
        #expect(new.count == 156)
        #expect(Self.value(json, ["edition", "returning"]) == nil)
        #expect(Self.value(json, ["edition", "counts", "returning"]) == .number(38))
        // The returning say where they were before, and a similar name says it is probable.
        let returning = try runner.run(["editions", "--edition", "ADEX 2024", "--returning"] + Self.data)
        #expect(returning.stdout.contains("Returning: 38 (on an earlier published list of ADEX)"))
        #expect(returning.stdout.contains(#"ADEX 2022 as "ISBIR ELEKTRIK SAN AS" (probable: a similar name)"#))
        #expect(returning.stdout.contains(#"ADEX 2022 as "MAKINE VE KIMYA ENDUSTRISI (MKE) INC." (another legal form)"#))
        let notReturning = try runner.run(["editions", "--edition", "2024", "--not-returning", "--json"] + Self.data)
        #expect(Self.value(try Self.json(notReturning.stdout), ["edition", "notReturning", 0, "id"]) != .null)
        let unpublished = try runner.run(["editions", "--edition", "2016"] + Self.data)
        #expect(unpublished.stdout == "ADEX 2016 (ADEX): the exhibitor list was not published; there is nothing to compare.\n")
    }

    @Test func anExhibitorListsItsFairs() throws {
        let result = try runner.run(["exhibitor", "ishbir"] + Self.data)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("ISBIR ELEKTRIK SAN AS\n"))
        #expect(result.stdout.contains("Show           ADEX 2022, ADEX 2024\n"))
        #expect(result.stdout.contains("""
            Fairs (2)
              YEAR  FAIR       LISTED AS               MATCH
              2022  ADEX 2022  ISBIR ELEKTRIK SAN AS   first listing
              2024  ADEX 2024  ISHBIR ELEKTRIK SAN AS  probable: a similar name

            """))
        let json = try Self.json(try runner.run(["exhibitor", "ishbir", "--json"] + Self.data).stdout)
        #expect(Self.value(json, ["fairs", 1, "listedAs"]) == .string("ISHBIR ELEKTRIK SAN AS"))
        #expect(Self.value(json, ["fairs", 1, "match"]) == .string("fuzzy"))
        #expect(Self.value(json, ["fairs", 0, "firstDay"]) == .string("2022-09-06"))
    }

    /// A directory is its `*.json` files: the same catalogue as naming them.
    @Test func aDirectoryOfFairFiles() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in FairSamples.fixtureNames {
            try FileManager.default.copyItem(atPath: FairSamples.fixture(name), toPath: directory.appendingPathComponent(name).path)
        }
        try Data("not a fair".utf8).write(to: directory.appendingPathComponent("README.md"))
        let fromDirectory = try runner.run(["editions", "--data", directory.path])
        #expect(fromDirectory.status == 0, "\(fromDirectory.stderr)")
        #expect(fromDirectory.stdout == (try runner.run(["editions"] + Self.data)).stdout)
        let viaEnvironment = try runner.run(["exhibitors", "--show", "adex-2022", "--json"], environment: ["ADEX_GUIDE_DATA": directory.path])
        #expect(viaEnvironment.stdout.contains("\"count\": 149,"))
        let empty = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        let none = try runner.run(["info", "--data", empty.path])
        #expect(none.status == 66)
        #expect(none.stderr == "\(empty.path): no *.json file in this directory\n")
    }

    @Test func aShowDocumentAmongFairFilesIsBadUsage() throws {
        let show = Fixtures.fixture("fictional-expo.json")
        let result = try runner.run(["info", "--data", FairSamples.fixture("adex-2022.json"), "--data", show])
        #expect(result.status == 64)
        #expect(result.stderr == "\(show): an adex-guide/1 document; several data files open together only when every one is a CAAT/Omega fair file (open it alone with --data \(show))\n")
        #expect(result.stdout.isEmpty)
    }

    /// A file that cannot be read is left out and named on standard error, the others open
    /// (exit 0); `--strict` refuses them all (65); when no file opens, the first file's code.
    @Test func aBrokenFileAmongSeveralIsNamedAndLeftOut() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("truncated.json").path
        try Data(contentsOf: URL(fileURLWithPath: FairSamples.fixture("adex-2024.json"))).prefix(2000).write(to: URL(fileURLWithPath: broken))
        let result = try runner.run(["editions", "--data", FairSamples.fixture("adex-2022.json"), "--data", broken])
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "adex-guide: 1 of 2 files could not be read and is left out (--strict refuses them all):")
        #expect(lines.count == 3 && lines[1].hasPrefix("\(broken):") && lines[1].contains("unexpected end of file"))
        #expect(result.stdout.hasPrefix("ADEX: 1 edition, 1 with a published exhibitor list\n"))
        let info = try runner.run(["info", "--data", FairSamples.fixture("adex-2022.json"), "--data", broken])
        #expect(info.stdout.contains("  Unreadable  \(broken):"))
        let missing = directory.appendingPathComponent("missing.json").path
        let both = try runner.run(["info", "--data", missing, "--data", broken])
        #expect(both.status == 66)
        #expect(both.stderr.hasPrefix("\(missing): cannot open"))
        #expect(both.stderr.hasSuffix("\(missing), \(broken): 2 problems in 2 files\n"))
    }

    /// The bundled guide: ADEX 2022 (the embedded CAAT list) and ADEX-2024 (193 on its list).
    @Test func editionsOfTheBundledGuide() throws {
        let result = try runner.run(["editions"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("ADEX: 2 editions, 2 with a published exhibitor list\n"))
        #expect(result.stdout.contains("  ADEX-2024         193  155         38            111  ADEX 2022\n"))
        let notReturning = try runner.run(["editions", "--edition", "2024", "--not-returning"])
        #expect(notReturning.stdout.contains("Not returning: 111 (on ADEX 2022, not on ADEX-2024)"))
        #expect(notReturning.stdout.contains("(not in this guide)"))
        let json = try Self.json(try runner.run(["editions", "--edition", "2024", "--json"]).stdout)
        #expect(Self.value(json, ["edition", "notReturning", 0, "id"]) == .null)
        #expect(Self.value(json, ["edition", "returning", 0, "earlier", "id"]) == .string("adex-2022"))
    }

    @Test func editionsNeedsAHistory() throws {
        let one = try runner.run(["editions", "--data", FairSamples.fixture("adex-2024.json")])
        #expect(one.status == 64)
        #expect(one.stderr.contains("ADEX 2024 is one show with no other editions in the data; open several fair files"))
        let flag = try runner.run(["editions", "--new"])
        #expect(flag.status == 64)
        #expect(flag.stderr.contains("--new lists the exhibitors of one edition: give it with --edition"))
        let unknown = try runner.run(["editions", "--series", "dsei"] + Self.data)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown series \"dsei\""))
    }

    /// The shared samples folder (when it is there) as a directory: every command that lists by
    /// fair works, with nothing on standard error.
    @Test(.enabled(if: FairSamples.sharedFolder != nil, "the shared samples are not next to this checkout"))
    func theSharedSamplesFolder() throws {
        let folder = try #require(FairSamples.sharedFolder).path
        for command in [["info"], ["editions"], ["editions", "--series", "adex", "--edition", "2024", "--json"], ["exhibitor", "aselsan"]] {
            let result = try runner.run(command + ["--data", folder])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(command)")
        }
        let editions = try runner.run(["editions", "--data", folder])
        for series in ["ADEX", "DSEI", "Eurosatory", "IDEF", "SIAE"] {
            #expect(editions.stdout.contains("\n\(series): ") || editions.stdout.hasPrefix("\(series): "), "\(series)")
        }
        let ambiguous = try runner.run(["editions", "--edition", "2023", "--data", folder])
        #expect(ambiguous.status == 64)
        #expect(ambiguous.stderr.hasPrefix("--edition: 2023 is the year of 3 editions"))
    }
}
