import Foundation
import GuideModel
import GuideTestSupport
import Testing

/// Fair files of the CAAT/Omega dataset on the command line: `--data` for every command, and
/// `convert` with its report, its output file and its errors.
struct FairFileCommandTests {
    let runner = BinaryRunner()
    static let adex2024 = FairSamples.fixture("adex-2024.json")

    /// A copy of the ADEX 2024 fixture with one edit, written to a scratch file.
    static func edited(_ edit: (JSONValue) -> JSONValue, in directory: URL, name: String = "adex-2024.json") throws -> String {
        let document = try JSONParser.parse(Array(Data(contentsOf: URL(fileURLWithPath: adex2024))))
        let path = directory.appendingPathComponent(name).path
        try Data(JSONWriter.write(edit(document)).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func infoStatesTheFormatAndTheProvenance() throws {
        let result = try runner.run(["info", "--data", Self.adex2024, "--at", "2024-09-25T11:00"])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.hasPrefix("ADEX 2024\n"))
        #expect(out.contains("Format      CAAT/Omega fair file, converted on load\n"))
        #expect(out.contains("Conversion  201 entries read, 196 exhibitors written; 5 duplicate entries merged"))
        #expect(out.contains("Credit      Arms & Security Fair Exhibitor Data (Campaign Against Arms Trade and Omega Research Foundation)"))
        #expect(out.contains("the organiser's list https://adex.az/en/exhibitors-list/year/2024, copied on 24 April 2025"))
        #expect(out.contains("Asia/Baku (Baku time, UTC+4)"))
        #expect(out.contains("Exhibitor list only: ADEX 2024"))
        let json = try runner.run(["info", "--data", Self.adex2024, "--json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains(#""format": "caat-fair""#))
        #expect(json.stdout.contains(#""exhibitorListDate": "2025-04-24""#))
        let bundled = try runner.run(["info", "--json"])
        #expect(bundled.stdout.contains(#""format": "adex-guide/1""#))
        #expect(bundled.stdout.contains(#""provenance": null"#))
    }

    @Test func everyCommandReadsAFairFile() throws {
        let exhibitors = try runner.run(["exhibitors", "--data", Self.adex2024, "--country", "turkey", "--json"])
        #expect(exhibitors.status == 0, "\(exhibitors.stderr)")
        #expect(exhibitors.stdout.contains(#""count": 54"#))
        let one = try runner.run(["exhibitor", "elbit", "--data", Self.adex2024])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.hasPrefix("ELBIT SYSTEMS\n"))
        #expect(one.stdout.contains("ELBIT SYSTEMS LTD"))
        for command in [["categories"], ["countries"], ["halls"], ["schedule"], ["now", "--at", "2024-09-25T11:00"], ["search", "aselsan"]] {
            let result = try runner.run(command + ["--data", Self.adex2024])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let viaEnvironment = try runner.run(["countries"], environment: ["ADEX_GUIDE_DATA": Self.adex2024])
        #expect(viaEnvironment.status == 0)
        #expect(viaEnvironment.stdout.contains("Türkiye"))
        let validate = try runner.run(["validate", Self.adex2024])
        #expect(validate.status == 0)
        #expect(validate.stdout.hasPrefix("\(Self.adex2024): valid CAAT/Omega fair file — ADEX 2024: 1 shows, 196 exhibitors"))
    }

    @Test func convertWritesTheDocumentToStandardOutputAndTheReportToStandardError() throws {
        let result = try runner.run(["convert", Self.adex2024, "--report"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try JSONParser.parse(Array(result.stdout.utf8))
        guard case .object(let members) = document else {
            Issue.record("not an object")
            return
        }
        #expect(members.first?.value == .string("adex-guide/1"))
        let report = result.stderr.split(separator: "\n").map(String.init)
        #expect(report.contains("\(Self.adex2024):$.exhibitor[68]: \"ELBIT SYSTEMS LTD\" is the same company as $.exhibitor[67] \"ELBIT SYSTEMS\" (folding case, accents, punctuation and legal forms); merged, this spelling kept as another name"))
        #expect(report.last?.hasPrefix("\(Self.adex2024): 201 entries read, 196 exhibitors written;") == true)
        let quiet = try runner.run(["convert", Self.adex2024])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
        #expect(quiet.stdout == result.stdout)
    }

    @Test func convertWithOutputWritesTheFileAndTheReportToStandardOutput() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("adex-2024-guide.json").path
        let result = try runner.run(["convert", Self.adex2024, "--output", output, "--report"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Wrote \(output) (adex-guide/1, 196 exhibitors from 201 entries)")
        #expect(lines.count > 5)
        #expect(result.stderr.isEmpty)
        // The written file is an adex-guide/1 document the guide reads, with the same exhibitors.
        let validate = try runner.run(["validate", output])
        #expect(validate.status == 0)
        #expect(validate.stdout.contains(": valid — ADEX 2024: 1 shows, 196 exhibitors"))
        let fromFair = try runner.run(["exhibitors", "--data", Self.adex2024, "--json"])
        let fromDocument = try runner.run(["exhibitors", "--data", output, "--json"])
        #expect(fromFair.status == 0 && fromDocument.status == 0)
        #expect(fromFair.stdout == fromDocument.stdout)
        let missingDirectory = try runner.run(["convert", Self.adex2024, "-o", directory.appendingPathComponent("no/such.json").path])
        #expect(missingDirectory.status == 73)
    }

    /// A wrong value is read around and listed by default, and refuses the file with --strict, in
    /// every command that reads a fair file.
    @Test func aWrongValueIsAnOddityByDefaultAndAProblemWithStrict() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.edited({ $0.setting([.key("exhibitor"), .index(3), .key("country")], to: .number(90)) }, in: directory)
        let line = "\(path):$.exhibitor[3].country: expected an object, a string or a list of them, found the number 90; left out"
        let convert = try runner.run(["convert", path])
        #expect(convert.status == 0)
        #expect(convert.stderr == "\(path): read with 1 oddity (--report lists them, --strict refuses them)\n")
        let report = try runner.run(["convert", path, "--report", "-o", directory.appendingPathComponent("out.json").path])
        #expect(report.status == 0)
        #expect(report.stdout.contains("\n" + line + "\n"))
        #expect(report.stdout.contains("; read with 1 oddity\n"))
        let info = try runner.run(["info", "--data", path])
        #expect(info.status == 0)
        #expect(info.stdout.contains("Read with 1 oddity:\n  \(line)\n"))
        let infoJSON = try runner.run(["info", "--data", path, "--json"])
        #expect(infoJSON.stdout.contains("\"oddityCount\": 1"))
        for arguments in [["convert", path, "--strict"], ["info", "--data", path, "--strict"], ["--strict", "exhibitors", "--data", path],
                          ["validate", path, "--strict"]] {
            let strict = try runner.run(arguments)
            #expect(strict.status == 65, "\(arguments)")
            #expect(strict.stdout.isEmpty, "\(arguments)")
            #expect(strict.stderr.hasPrefix(line + "\n"), "\(arguments): \(strict.stderr)")
        }
        let lenient = try runner.run(["convert", path, "--lenient"])
        #expect(lenient.status == 0)
        let both = try runner.run(["convert", path, "--lenient", "--strict"])
        #expect(both.status == 64)
    }

    /// A fair the dataset dates only by a month converts and opens; info gives the month, never
    /// days it does not know; --strict still opens it (an approxDate is a usual shape).
    @Test func aFairDatedOnlyApproximatelyOpens() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.edited({ $0.setting([.key("startDate")], to: nil).setting([.key("endDate")], to: nil)
            .setting([.key("approxDate")], to: .string("2024-09")) }, in: directory)
        let convert = try runner.run(["convert", path, "--strict"])
        #expect(convert.status == 0, "\(convert.stderr)")
        #expect(convert.stdout.contains("\"approximateDate\": \"2024-09\""))
        let info = try runner.run(["info", "--data", path, "--strict"])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains("  Dates       September 2024 (dated only approximately; the days are not known)\n"))
    }

    @Test func convertingAFolderSaysToOpenItWithData() throws {
        let folder = Fixtures.fixture("caat")
        let result = try runner.run(["convert", folder])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "\(folder): is a directory; convert takes one fair file at a time (--data \(folder) opens the whole folder as one catalogue)\n")
    }

    @Test func hostileFilesGetClearErrorsAndExit65() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let whole = try Data(contentsOf: URL(fileURLWithPath: Self.adex2024))
        let truncated = directory.appendingPathComponent("truncated.json")
        try whole.prefix(5000).write(to: truncated)
        var badBytes = Array(whole.prefix(200))
        badBytes[150] = 0xFF
        let invalidUTF8 = directory.appendingPathComponent("invalid-utf8.json")
        try Data(badBytes + Array(whole.dropFirst(200))).write(to: invalidUTF8)
        for (file, message) in [(truncated.path, "not valid JSON: unexpected end of file"), (invalidUTF8.path, "invalid UTF-8 (byte 0xFF)")] {
            for arguments in [["convert", file], ["info", "--data", file], ["exhibitors", "--data", file]] {
                let result = try runner.run(arguments)
                #expect(result.status == 65, "\(arguments)")
                #expect(result.stderr.hasPrefix(file + ":"), "\(result.stderr)")
                #expect(result.stderr.contains(message), "\(result.stderr)")
            }
        }
        let missing = try runner.run(["convert", directory.appendingPathComponent("missing.json").path])
        #expect(missing.status == 66)
        let notAFair = try runner.run(["convert", Fixtures.fixture("fictional-expo.json")])
        #expect(notAFair.status == 65)
        #expect(notAFair.stderr.contains("already an adex-guide/1 document, not a fair file"))
    }

    @Test func controlCharactersInAFairNeverReachTheTerminal() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.edited({ $0.setting([.key("exhibitor"), .index(0), .key("name")], to: .string("EVIL\u{1B}[2J\u{7} CORP  ")) }, in: directory)
        let list = try runner.run(["exhibitors", "--data", path])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(!list.stdout.contains("\u{1B}"))
        #expect(list.stdout.contains("EVIL"))
        let report = try runner.run(["convert", path, "--report"])
        #expect(report.status == 0)
        #expect(!report.stderr.contains("\u{1B}"))
        #expect(report.stderr.contains(#"$.exhibitor[0].name: "EVIL\u{1B}[2J\u{7} CORP  " -> "EVIL\u{1B}[2J\u{7} CORP""#))
        #expect(!report.stdout.contains("\u{1B}"))
    }
}
