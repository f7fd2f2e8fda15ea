import GuideModel
import GuideTestSupport
import Testing

/// The problem list is bounded: the first `ProblemLog.listedPerKind` problems of each kind are
/// listed, the rest counted, and a problem that is only counted costs no message and no path.
struct ProblemListTests {
    @Test func problemsBeyondTheListedOnesAreCountedWithoutBeingDescribed() {
        let log = ProblemLog(file: "f.json")
        var messagesMade = 0
        var pathsMade = 0
        func path(_ index: Int) -> JSONPath {
            pathsMade += 1
            return .root / "exhibitors" / index / "country"
        }
        func message() -> String {
            messagesMade += 1
            return "unknown country \"XX\""
        }
        for index in 0..<10_000 {
            log.add(path(index), message())
        }
        #expect(log.count == 10_000)
        #expect(messagesMade == ProblemLog.listedPerKind)
        #expect(pathsMade == ProblemLog.listedPerKind)
        let problems = log.problems
        #expect(problems.count == ProblemLog.listedPerKind + 1)
        #expect(problems.problemCount == 10_000)
        #expect(problems.last?.description == "f.json: … and 9,900 more problems like the one at $.exhibitors[99].country (not listed)")
        #expect(problems.countText == "10,000 problems (the first 100 of each kind are listed)")
    }

    @Test func eachKindHasItsOwnCountAndItsSummaryFollowsItsLastListedProblem() {
        let log = ProblemLog(file: "f.json")
        for index in 0..<150 {
            log.add(.root / index / "a", "first kind")
            log.add(.root / index / "b", "a reference", detail: "country")
            log.add(.root / index / "c", "a reference", detail: "hall")
        }
        let problems = log.problems
        #expect(problems.problemCount == 450)
        // Each summary comes right after the last listed problem of its kind, and names it.
        #expect(problems.suffix(6).map(\.description) == [
            "f.json:$[99].a: first kind", "f.json: … and 50 more problems like the one at $[99].a (not listed)",
            "f.json:$[99].b: a reference", "f.json: … and 50 more problems like the one at $[99].b (not listed)",
            "f.json:$[99].c: a reference", "f.json: … and 50 more problems like the one at $[99].c (not listed)",
        ])
        #expect(problems.filter { !$0.isSummary }.count == 300)
    }

    @Test func aFewProblemsAreListedWithoutASummary() {
        let log = ProblemLog(file: "f.json")
        for index in 0..<ProblemLog.listedPerKind {
            log.add(.root / index, "problem")
        }
        #expect(!log.problems.contains { $0.isSummary })
        #expect(log.problems.countText == "100 problems")
    }

    /// 2,000 exhibitors with the same nine problems each: 18,000 problems, nine kinds, each listed
    /// 100 times and summed up once.
    @Test func aFileOfManyBadExhibitorsListsTheFirstOfEachKind() throws {
        let text = try Self.badExhibitors(2_000)
        do {
            _ = try CatalogLoader.load(bytes: Array(text.utf8), fileName: "bad.json")
            Issue.record("loaded")
        } catch {
            let problems = error.problems
            let exhibitorSummaries = problems.filter { $0.isSummary && $0.message.contains("$.exhibitors[99].") }
            #expect(exhibitorSummaries.count == 9, "\(problems.filter(\.isSummary))")
            #expect(exhibitorSummaries.allSatisfy { $0.unlistedCount == 1_900 })
            #expect(problems.filter { $0.description.hasPrefix("bad.json:$.exhibitors[") }.count == 900)
            #expect(problems.problemCount >= 18_000)
        }
    }

    /// A show file with `count` exhibitors, each with the same nine problems (an unknown field,
    /// country, show, kind, category, hall and source, a string for `listed`, a bad confidence).
    static func badExhibitors(_ count: Int) throws -> String {
        let base = try Fixtures.fictionalDocument()
        let bad = JSONValue.object([
            JSONMember(key: "id", value: .string("@@id@@")), JSONMember(key: "name", value: .string("Bad")),
            JSONMember(key: "extra", value: .number(1)), JSONMember(key: "country", value: .string("XX")),
            JSONMember(key: "shows", value: .array([.string("nope")])), JSONMember(key: "listed", value: .string("yes")),
            JSONMember(key: "kind", value: .string("nokind")), JSONMember(key: "categories", value: .array([.string("nocat")])),
            JSONMember(key: "stand", value: .object([JSONMember(key: "hall", value: .string("nohall"))])),
            JSONMember(key: "sources", value: .array([.string("nosource")])), JSONMember(key: "confidence", value: .string("maybe")),
        ])
        let template = JSONWriter.write(bad, pretty: false)
        let entries = (0..<count).map { template.replacingOccurrences(of: "@@id@@", with: "bad-\($0)") }
        let document = JSONWriter.write(base.setting([.key("exhibitors")], to: .string("@@exhibitors@@")), pretty: false)
        return document.replacingOccurrences(of: "\"@@exhibitors@@\"", with: "[" + entries.joined(separator: ",") + "]")
    }
}
