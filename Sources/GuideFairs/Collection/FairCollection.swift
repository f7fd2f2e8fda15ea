import Foundation
import GuideModel

/// Several fair files of the CAAT/Omega dataset opened as one catalogue: one show per fair, one
/// exhibitor per company (matched across every fair by `ExhibitorMatching`), with each company's
/// fairs, the spelling it had at each and how sure the match is, and the history of every series
/// (`Catalog.history`).
///
/// Built in one pass: each file is read and its entries cleaned (on all cores, a file at a time),
/// the entries of all fairs are matched once, and the `Catalog` is built directly, never a
/// catalog per fair. A file that is not a fair file, or is broken, stops the whole collection
/// (all files' problems are listed); a fair without an exact start and end date is left out and
/// said to be (`FairCollectionSummary.leftOut`), because a show needs its days.
public enum FairCollection {
    /// The `*.json` files directly in `directory` (not in its subfolders), sorted by name.
    public static func files(inDirectory directory: String) throws(FairCollectionError) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .load(.unreadable(file: directory, reason: "cannot list the directory: \(error.localizedDescription)"))
        }
        let separator = directory.hasSuffix("/") ? "" : "/"
        let files = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { directory + separator + $0 }
            .filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            }
        guard !files.isEmpty else { throw .emptyDirectory(directory) }
        return files
    }

    /// Opens the fair files at `paths` (in the order given; messages call them by their paths)
    /// as one catalogue named `name` in messages and `info`.
    public static func load(files paths: [String], name: String) throws(FairCollectionError) -> LoadedDataFile {
        var timings = FairCollectionTimings()
        return try load(files: paths, name: name, timings: &timings)
    }

    /// `load(files:name:)`, telling where the time went, and counting files read in `progress`.
    public static func load(files paths: [String], name: String, timings: inout FairCollectionTimings,
                            progress: FairLoadProgress? = nil) throws(FairCollectionError) -> LoadedDataFile {
        var clock = DispatchTime.now().uptimeNanoseconds
        // Show documents first, from each file's start only: that is a usage error, reported
        // before any file is read in full.
        let showDocuments = paths.filter { path in
            DataFileBytes.prefix(path, count: DataFileLoader.detectionBytes).map { DataFileShape.detect($0) == .adexGuide } ?? false
        }
        guard showDocuments.isEmpty else { throw .showDocuments(showDocuments) }

        let outcomes = ParallelChunks.mapEach(count: paths.count) { index in
            let outcome = read(paths[index])
            progress?.fileRead(entries: outcome.entryCount)
            return outcome
        }
        var failures: [CatalogLoadError] = []
        var fairs: [CollectedFair] = []
        var documents: [String] = []
        fairs.reserveCapacity(paths.count)
        for (path, outcome) in zip(paths, outcomes) {
            switch outcome {
            case .fair(let fair): fairs.append(fair)
            case .showDocument: documents.append(path)
            case .failed(let error): failures.append(error)
            }
        }
        guard documents.isEmpty else { throw .showDocuments(documents) }
        guard failures.isEmpty else { throw .files(failures) }
        timings.reading = FairCollectionTimings.lap(&clock)
        let loaded = build(fairs, name: name, timings: &timings)
        DeferredRelease.release((outcomes, fairs))
        return loaded
    }

    /// Returns once what earlier opens left to free in the background (`DeferredRelease`) is
    /// freed: a benchmark timing opens one after another waits for this between them, so one
    /// open's freeing is not counted in the next.
    public static func waitForBackgroundFreeing() {
        DeferredRelease.waitUntilDone()
    }

    /// What reading one file came to.
    enum Outcome: Sendable {
        case fair(CollectedFair)
        case showDocument
        case failed(CatalogLoadError)
    }

    /// Reads one file strictly, as `--data` reads a single fair file. A file whose start says
    /// neither format is refused by name unless it is not even JSON (then the parser says where).
    static func read(_ path: String) -> Outcome {
        do throws(CatalogLoadError) {
            let bytes = try DataFileBytes.read(path, name: path)
            switch DataFileShape.detect(Array(bytes.prefix(DataFileLoader.detectionBytes))) {
            case .adexGuide:
                return .showDocument
            case nil, .fairCollection:
                // (The shape of one file never says "collection".)
                _ = try FairReader.parse(bytes, fileName: path)
                return .failed(.invalid([LoadProblem(file: path, location: .file,
                    message: "neither a CAAT/Omega fair file nor an adex-guide/1 document (no top-level field such as series, exhibitor or startDate)")]))
            case .fairFile:
                let reading = try FairReader.read(bytes: bytes, fileName: path, mode: .strict)
                return .fair(CollectedFair(reading.fair, fileName: path))
            }
        } catch {
            return .failed(error)
        }
    }

    /// The catalogue of fairs already read: fairs without dates left out, the rest matched.
    static func build(_ fairs: [CollectedFair], name: String, timings: inout FairCollectionTimings) -> LoadedDataFile {
        var dated: [CollectedFair] = []
        var leftOut: [FairCollectionSummary.LeftOut] = []
        for fair in fairs {
            if fair.firstDay != nil && fair.lastDay != nil {
                dated.append(fair)
            } else {
                var reason = "no start and end date"
                if let approximate = fair.approxDate { reason += " (only the approximate date \(FairQuote.quoted(approximate)))" }
                leftOut.append(.init(file: fair.fileName, name: fair.name, reason: reason + ": a show needs its first and last day"))
            }
        }
        var builder = CollectionCatalogBuilder(fairs: dated, name: name, leftOut: leftOut)
        let catalog = builder.build()
        let reading = timings.reading
        timings = builder.timings
        timings.reading = reading
        let summary = builder.summary
        DeferredRelease.release((builder, dated))
        return LoadedDataFile(catalog: catalog, format: .fairCollection, collection: summary)
    }
}
