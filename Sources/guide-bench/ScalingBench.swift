import Foundation
import GuideFairs
import GuideModel
import GuideNavigation
import GuidePlan
import GuideSearch
import GuideSynthetic

/// `guide-bench --scaling`: each loader timed on inputs of size n and 4n in the shapes that have
/// hit superlinear paths, and the ratio printed: about 4 is linear, 16 quadratic. A ratio above
/// `flagRatio` is marked. Figures only, never a pass or fail: the machine is shared and noisy, so
/// each time is the median of `runs` runs, and a marked row is a lead to look at, not a verdict.
struct ScalingBench {
    /// Medians of this many runs per size.
    let runs: Int
    /// Multiplies every case's base size (0.1 for a quick look, 2 for a closer one).
    let factor: Double
    /// Only the cases whose loader or shape contains this text, when given.
    let filter: String?
    /// Where inputs that must be files are written; removed at the end by the caller.
    let directory: URL

    static let flagRatio = 6.0

    func run() throws {
        print("\n== Scaling: each loader at n and 4n (median of \(runs) run\(runs == 1 ? "" : "s")); ratio ~4 linear, ~16 quadratic, marked above \(Self.flagRatio)")
        let header = [pad("loader", 12), pad("shape", 58), pad("n", 10, right: true), pad("time n", 11, right: true),
                      pad("4n", 10, right: true), pad("time 4n", 11, right: true), pad("ratio", 7, right: true)]
        print(header.joined(separator: " "))
        var marked: [String] = []
        for scalingCase in cases() {
            if let filter, !(scalingCase.loader + " " + scalingCase.shape).localizedCaseInsensitiveContains(filter) { continue }
            let n = max(1, Int((Double(scalingCase.base) * factor).rounded()))
            do {
                let small = try time(scalingCase, size: n)
                let large = try time(scalingCase, size: 4 * n)
                let ratio = large / max(small, 1e-9)
                let mark = ratio > Self.flagRatio ? "  <-- superlinear?" : ""
                if !mark.isEmpty { marked.append("\(scalingCase.loader): \(scalingCase.shape)") }
                print([pad(scalingCase.loader, 12), pad(scalingCase.shape, 58), pad(Measure.grouped(n), 10, right: true),
                       pad(Self.seconds(small), 11, right: true), pad(Measure.grouped(4 * n), 10, right: true),
                       pad(Self.seconds(large), 11, right: true), pad(String(format: "%.1f", ratio), 7, right: true)].joined(separator: " ") + mark)
            } catch {
                print([pad(scalingCase.loader, 12), pad(scalingCase.shape, 58), "could not run: \(error)"].joined(separator: " "))
            }
        }
        print(marked.isEmpty ? "scaling: no ratio above \(Self.flagRatio)" : "scaling: \(marked.count) ratio(s) above \(Self.flagRatio): " + marked.joined(separator: "; "))
    }

    /// The median time of the case's work at `size`, the input built once beforehand.
    private func time(_ scalingCase: ScalingCase, size: Int) throws -> Double {
        let work = try scalingCase.prepare(size)
        var samples: [Double] = []
        for _ in 0..<runs { samples.append(try Measure.seconds(work)) }
        return Measure.summary(samples).median
    }

    static func seconds(_ value: Double) -> String {
        value < 1 ? String(format: "%.1f ms", value * 1000) : String(format: "%.2f s", value)
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let count = text.count
        guard count < width else { return text }
        let room = String(repeating: " ", count: width - count)
        return right ? room + text : text + room
    }

    // MARK: - The cases

    func cases() -> [ScalingCase] {
        showCases() + indexCases() + fairCases() + folderCases() + planCases() + cacheCases()
    }

    /// Building the search index of a loaded show (what `search` does without a cache, and the
    /// guide in the background).
    private func indexCases() -> [ScalingCase] {
        func index(_ bytes: [UInt8]) throws -> () throws -> Void {
            let catalog = try CatalogLoader.load(bytes: bytes, fileName: "scaling.json")
            return { _ = SearchIndex(catalog: catalog).search("zz").isEmpty }
        }
        return [
            ScalingCase(loader: "search index", shape: "synthetic show, all-ASCII (n exhibitors)", base: 25_000) { n in
                try index(Array(SyntheticShow.generate(exhibitors: n, seed: 7, layout: .compact, script: .ascii).utf8))
            },
            ScalingCase(loader: "search index", shape: "one exhibitor in n categories", base: 10_000) { n in
                let categories = [ScalingInputs.category("root", parent: nil)] + (0..<n).map { ScalingInputs.category("k\($0)", parent: "root") }
                return try index(ScalingInputs.show(exhibitors: [ScalingInputs.exhibitor(0, name: "Company", categories: (0..<n).map { "k\($0)" })],
                                                    categories: categories))
            },
        ]
    }

    private func showCases() -> [ScalingCase] {
        func load(_ bytes: [UInt8]) -> () throws -> Void {
            { _ = try CatalogLoader.load(bytes: bytes, fileName: "scaling.json") }
        }
        /// Loading that is expected to fail (invalid data): the time to the error list.
        func reject(_ bytes: [UInt8]) -> () throws -> Void {
            {
                do throws(CatalogLoadError) {
                    _ = try CatalogLoader.load(bytes: bytes, fileName: "scaling.json")
                } catch {
                    _ = error.problems.count
                }
            }
        }
        let leaf = [ScalingInputs.category("c", parent: nil)]
        return [
            ScalingCase(loader: "show", shape: "synthetic show, mixed scripts (n exhibitors)", base: 25_000) { n in
                load(Array(SyntheticShow.generate(exhibitors: n, seed: 7, layout: .compact).utf8))
            },
            ScalingCase(loader: "show", shape: "synthetic show, all-ASCII (n exhibitors)", base: 25_000) { n in
                load(Array(SyntheticShow.generate(exhibitors: n, seed: 7, layout: .compact, script: .ascii).utf8))
            },
            ScalingCase(loader: "show", shape: "plain-ASCII names (n exhibitors)", base: 50_000) { n in
                load(ScalingInputs.show(exhibitors: (0..<n).map { ScalingInputs.exhibitor($0, name: ScalingInputs.companyName($0, nonASCII: false), categories: ["c"]) },
                                        categories: leaf))
            },
            ScalingCase(loader: "show", shape: "names with one non-ASCII letter (n exhibitors)", base: 50_000) { n in
                load(ScalingInputs.show(exhibitors: (0..<n).map { ScalingInputs.exhibitor($0, name: ScalingInputs.companyName($0, nonASCII: true), categories: ["c"]) },
                                        categories: leaf))
            },
            ScalingCase(loader: "show", shape: "n categories in chains 16 deep, an exhibitor at each end", base: 4_000) { n in
                // As deep as a file may nest categories (Category.maximumLevels), as many as wanted.
                let depth = Category.maximumLevels
                let chains = (0..<n).map { ScalingInputs.category("c\($0)", parent: $0 % depth == 0 ? nil : "c\($0 - 1)") }
                let ends = stride(from: depth - 1, to: n, by: depth)
                return load(ScalingInputs.show(exhibitors: ends.map { ScalingInputs.exhibitor($0, name: "Company \($0)", categories: ["c\($0)"]) },
                                               categories: chains))
            },
            ScalingCase(loader: "show", shape: "category chain n deep (invalid past 16 levels)", base: 1_000) { n in
                let chain = (0..<n).map { ScalingInputs.category("c\($0)", parent: $0 == 0 ? nil : "c\($0 - 1)") }
                return reject(ScalingInputs.show(exhibitors: (0..<10).map { ScalingInputs.exhibitor($0, name: "Company \($0)", categories: ["c\(n - 1)"]) },
                                                 categories: chain))
            },
            ScalingCase(loader: "show", shape: "category ring n long (invalid)", base: 1_000) { n in
                let ring = (0..<n).map { ScalingInputs.category("c\($0)", parent: "c\(($0 + 1) % n)") }
                return reject(ScalingInputs.show(exhibitors: [ScalingInputs.exhibitor(0, name: "Company", categories: ["c0"])], categories: ring))
            },
            ScalingCase(loader: "show", shape: "n exhibitors with an unknown country (invalid)", base: 20_000) { n in
                reject(ScalingInputs.show(exhibitors: (0..<n).map { ScalingInputs.exhibitor($0, name: "Company \($0)", categories: ["c"], country: "XX") },
                                          categories: leaf))
            },
            ScalingCase(loader: "show", shape: "an exhibitor with n unknown fields (invalid)", base: 5_000) { n in
                guard case .object(var members) = ScalingInputs.exhibitor(0, name: "Company", categories: ["c"]) else { throw BenchError("not an object") }
                members += (0..<n).map { JSONMember(key: "field\($0)", value: .number(1)) }
                return reject(ScalingInputs.show(exhibitors: [.object(members)], categories: leaf))
            },
            ScalingCase(loader: "show", shape: "unknown timeZone of n letters (invalid)", base: 20_000) { n in
                reject(ScalingInputs.show(exhibitors: [ScalingInputs.exhibitor(0, name: "Company", categories: ["c"])], categories: leaf,
                                          timeZone: "Europe/" + String(repeating: "x", count: n)))
            },
        ]
    }

    /// What `--data FAIR.json` does: read, convert, build the catalog.
    private static func openFair(_ bytes: [UInt8]) -> () throws -> Void {
        {
            let reading = try FairReader.read(bytes: bytes, fileName: "scaling-fair.json")
            let conversion = try FairConverter.convert(reading, fileName: "scaling-fair.json")
            _ = try DataFileLoader.catalog(from: conversion, fileName: "scaling-fair.json")
        }
    }

    private func fairCases() -> [ScalingCase] {
        let countries = ["Turkey", "FRANCE", "Germany", "Azerbaijan", "United Kingdom", "Republic of Korea", "Brasil"]
        return [
            ScalingCase(loader: "fair file", shape: "n entries, distinct names", base: 25_000) { n in
                Self.openFair(ScalingInputs.fair((0..<n).map {
                    ScalingInputs.fairEntry(name: ScalingInputs.companyName($0, nonASCII: $0 % 5 == 0), country: countries[$0 % countries.count],
                                            categories: ["Radar", "Optics \($0 % 40)"])
                }))
            },
            ScalingCase(loader: "fair file", shape: "n entries of one company (two spellings)", base: 10_000) { n in
                Self.openFair(ScalingInputs.fair((0..<n).map { ScalingInputs.fairEntry(name: $0 % 2 == 0 ? "ACME DEFENCE LTD" : "Acme Defence") }))
            },
            ScalingCase(loader: "fair file", shape: "one entry, n copies of one category", base: 50_000) { n in
                Self.openFair(ScalingInputs.fair([ScalingInputs.fairEntry(name: "ACME", categories: Array(repeating: "Radar Systems", count: n))]))
            },
            ScalingCase(loader: "fair file", shape: "one entry, n distinct categories and aliases", base: 10_000) { n in
                Self.openFair(ScalingInputs.fair([ScalingInputs.fairEntry(name: "ACME", categories: (0..<n).map { "Category \($0)" },
                                                                          aliases: (0..<n).map { "Alias \($0)" })]))
            },
            ScalingCase(loader: "fair file", shape: "one entry with n unknown fields", base: 10_000) { n in
                guard case .object(var members) = ScalingInputs.fairEntry(name: "ACME") else { throw BenchError("not an object") }
                members += (0..<n).map { JSONMember(key: "field\($0)", value: .string("x")) }
                return Self.openFair(ScalingInputs.fair([.object(members)]))
            },
            ScalingCase(loader: "fair file", shape: "n entries with 5,000 repeated categories each", base: 25) { n in
                Self.openFair(ScalingInputs.fair((0..<n).map {
                    ScalingInputs.fairEntry(name: "Company \($0)", categories: Array(repeating: "Radar Systems", count: 5_000))
                }))
            },
        ]
    }

    /// Writes `files` into a fresh directory and returns the work of opening them as one catalogue.
    private func openFolder(_ name: String, _ files: [(name: String, bytes: [UInt8])]) throws -> () throws -> Void {
        let folder = directory.appendingPathComponent("scaling-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String] = []
        for file in files {
            let path = folder.appendingPathComponent(file.name).path
            guard FileManager.default.createFile(atPath: path, contents: Data(file.bytes)) else { throw BenchError("cannot write \(path)") }
            paths.append(path)
        }
        return { _ = try FairCollection.load(files: paths, name: name) }
    }

    private func folderCases() -> [ScalingCase] {
        [
            ScalingCase(loader: "fair folder", shape: "20 synthetic fairs, n entries in all (guide-synth fairs)", base: 20_000) { n in
                var files: [(name: String, bytes: [UInt8])] = []
                for file in SyntheticFairDirectory(fairs: 20, entries: n, seed: 1) {
                    var text = ""
                    file.write(to: &text)
                    files.append((file.fileName, Array(text.utf8)))
                }
                return try openFolder("synthetic", files)
            },
            ScalingCase(loader: "fair folder", shape: "4 fairs of n/4 entries, every company at each", base: 20_000) { n in
                let files = (0..<4).map { fair in
                    (name: "fair-\(2020 + fair).json", bytes: ScalingInputs.fair((0..<(n / 4)).map {
                        ScalingInputs.fairEntry(name: ScalingInputs.companyName($0, nonASCII: $0 % 7 == 0), categories: ["Radar"])
                    }, edition: "\(2020 + fair)"))
                }
                return try openFolder("recurring", files)
            },
            ScalingCase(loader: "fair folder", shape: "one entry with n distinct aliases and categories, twice", base: 5_000) { n in
                let entry = ScalingInputs.fairEntry(name: "ACME", categories: (0..<n).map { "Category \($0)" }, aliases: (0..<n).map { "Alias \($0)" })
                return try openFolder("aliases", [("fair-2022.json", ScalingInputs.fair([entry], edition: "2022")),
                                                  ("fair-2024.json", ScalingInputs.fair([entry], edition: "2024"))])
            },
        ]
    }

    private func planCases() -> [ScalingCase] {
        let catalog = try? CatalogLoader.load(bytes: ScalingInputs.show(
            exhibitors: (0..<1_000).map { ScalingInputs.exhibitor($0, name: "Company \($0)", categories: ["c"]) },
            categories: [ScalingInputs.category("c", parent: nil)]), fileName: "plan-show.json")
        func plan(items n: Int, stale: Bool) -> Plan {
            var plan = Plan(eventID: "scaling")
            for index in 0..<n {
                plan.add(.exhibitor(stale ? "gone-\(index)" : "e\(index % 1_000)-\(index)"), at: 1_700_000_000_000 + Int64(index))
            }
            return plan
        }
        return [
            ScalingCase(loader: "plan", shape: "read a plan of n items", base: 25_000) { n in
                let bytes = Array(PlanFile.encode(plan(items: n, stale: false), savedAt: 1_800_000_000_000).utf8)
                return { _ = try PlanFile.decode(bytes, file: "plan.json").marks.count }
            },
            ScalingCase(loader: "plan", shape: "n stale items: read, add one, write (plan add)", base: 25_000) { n in
                let bytes = Array(PlanFile.encode(plan(items: n, stale: true), savedAt: 1_800_000_000_000).utf8)
                return {
                    var read = try PlanFile.decode(bytes, file: "plan.json")
                    read.add(.exhibitor("e1"), at: 1_900_000_000_000)
                    _ = PlanFile.encode(read, savedAt: 1_900_000_000_000).utf8.count
                }
            },
            ScalingCase(loader: "plan", shape: "n stale items: the My plan rows (guide, f)", base: 25_000) { n in
                guard let catalog else { throw BenchError("the plan benchmark's show does not load") }
                let stale = plan(items: n, stale: true)
                return { _ = Rows.plan(stale, freeTimeDay: nil, in: catalog).count }
            },
        ]
    }

    private func cacheCases() -> [ScalingCase] {
        let key = Array("scaling benchmark key".utf8)
        return [
            ScalingCase(loader: "search cache", shape: "index of a synthetic show of n exhibitors", base: 25_000) { n in
                let json = Array(SyntheticShow.generate(exhibitors: n, seed: 7, layout: .compact).utf8)
                let index = SearchIndex(catalog: try CatalogLoader.load(bytes: json, fileName: "cache.json"))
                let path = directory.appendingPathComponent("scaling-\(n)-\(UUID().uuidString).index").path
                guard FileManager.default.createFile(atPath: path, contents: Data(IndexFile.encode(index, key: key))) else {
                    throw BenchError("cannot write \(path)")
                }
                return { _ = try IndexFile.readFile(atPath: path, key: key, dataBytes: json.count) }
            },
            ScalingCase(loader: "search cache", shape: "sparse file of n MiB (refused by its size)", base: 2_048) { n in
                let path = directory.appendingPathComponent("scaling-sparse-\(n)-\(UUID().uuidString).index").path
                let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
                guard descriptor >= 0, ftruncate(descriptor, off_t(n) << 20) == 0 else { throw BenchError("cannot make a sparse file at \(path)") }
                close(descriptor)
                return { _ = try? IndexFile.readFile(atPath: path, key: key, dataBytes: 1 << 20) }
            },
        ]
    }
}
