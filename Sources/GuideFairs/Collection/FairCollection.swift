import Foundation
import GuideModel

/// Several fair files of the CAAT/Omega dataset opened as one catalogue: one show per fair, one
/// exhibitor per company (matched across every fair by `ExhibitorMatching`), with each company's
/// fairs, the spelling it had at each and how sure the match is, and the history of every series
/// (`Catalog.history`).
///
/// Built in one pass: each file is read and its entries cleaned (on all cores, a file at a time),
/// the entries of all fairs are matched once, and the `Catalog` is built directly, never a
/// catalog per fair. A file that is not a fair file, or is broken, is left out and named with its
/// first problems (`FairCollectionSummary.unreadable`, `FairHistory.unreadableFiles`) while the
/// others open: one bad file of 1,851 must not hide the other 1,850. Only when no file opens, or
/// when `strict` asks for it, do the problems stop the whole collection. A fair dated only
/// approximately (`approxDate`, or failing that the year of its edition) is an edition of its
/// series like any other, shown with the date its source gives; a fair with no date at all is
/// left out and said to be (`FairCollectionSummary.leftOut`).
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
        // Everything named *.json but a directory: a broken link, a FIFO or a device is then left
        // out *and named* by the reader, never skipped without a word.
        let files = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { directory + separator + $0 }
            .filter { path in
                var isDirectory: ObjCBool = false
                return !(FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
            }
        guard !files.isEmpty else { throw .emptyDirectory(directory) }
        return files
    }

    /// Opens the fair files at `paths` (in the order given; messages call them by their paths)
    /// as one catalogue named `name` in messages and `info`.
    /// `strict`: any file that cannot be read stops the collection (else it is left out).
    public static func load(files paths: [String], name: String, strict: Bool = false) throws(FairCollectionError) -> LoadedDataFile {
        var timings = FairCollectionTimings()
        return try load(files: paths, name: name, strict: strict, timings: &timings)
    }

    /// `load(files:name:strict:)`, telling where the time went, and counting files read in `progress`.
    public static func load(files paths: [String], name: String, strict: Bool = false,
                            timings: inout FairCollectionTimings, progress: FairLoadProgress? = nil) throws(FairCollectionError) -> LoadedDataFile {
        var clock = DispatchTime.now().uptimeNanoseconds
        // Show documents first, from each file's start only: that is a usage error, reported
        // before any file is read in full.
        let showDocuments = paths.filter { path in
            DataFileBytes.prefix(path, count: DataFileLoader.detectionBytes).map { DataFileShape.detect($0) == .adexGuide } ?? false
        }
        guard showDocuments.isEmpty else { throw .showDocuments(showDocuments) }

        let mode: FairReadMode = strict ? .strict : .lenient
        let outcomes = ParallelChunks.mapEach(count: paths.count) { index in
            let outcome = read(paths[index], mode: mode)
            progress?.fileRead(entries: outcome.entryCount)
            return outcome
        }
        var failures: [CatalogLoadError] = []
        var fairs: [CollectedFair] = []
        var documents: [String] = []
        var oddities: [FairCollectionSummary.FileOddities] = []
        fairs.reserveCapacity(paths.count)
        for (path, outcome) in zip(paths, outcomes) {
            switch outcome {
            case .fair(let fair, let odd):
                fairs.append(fair)
                if !odd.isEmpty { oddities.append(.init(file: path, count: odd.count, lines: odd.lines(file: path))) }
            case .showDocument: documents.append(path)
            case .failed(let error): failures.append(error)
            }
        }
        guard documents.isEmpty else { throw .showDocuments(documents) }
        if !failures.isEmpty && (strict || fairs.isEmpty) { throw .files(failures) }
        timings.reading = FairCollectionTimings.lap(&clock)
        var loaded = build(fairs, name: name, unreadable: failures.map(unreadableFile), timings: &timings)
        loaded.collection?.oddities = oddities
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
        /// The fair, and what was odd in its file (read anyway, each said how).
        case fair(CollectedFair, FairOddities)
        case showDocument
        case failed(CatalogLoadError)
    }

    /// Reads one file as `--data` reads a single fair file (`mode`: lenient, or `--strict`). A
    /// file whose start says neither format is refused by name unless it is not even JSON (then
    /// the parser says where).
    static func read(_ path: String, mode: FairReadMode = .lenient) -> Outcome {
        do throws(CatalogLoadError) {
            let bytes = try DataFileBytes.read(path, name: path, waitForWriter: false)
            switch DataFileShape.detect(Array(bytes.prefix(DataFileLoader.detectionBytes))) {
            case .adexGuide:
                return .showDocument
            case nil, .fairCollection:
                // (The shape of one file never says "collection".)
                _ = try FairReader.parse(bytes, fileName: path)
                return .failed(.invalid([LoadProblem(file: path, location: .file,
                    message: "neither a CAAT/Omega fair file nor an adex-guide/1 document (no top-level field such as series, exhibitor or startDate)")]))
            case .fairFile:
                let reading = try FairReader.read(bytes: bytes, fileName: path, mode: mode)
                return .fair(CollectedFair(reading.fair, fileName: path), reading.oddities)
            }
        } catch {
            return .failed(error)
        }
    }

    /// How many of a file's problems Home, `info` and standard error name; the rest are counted.
    static let problemsListedPerFile = 3

    /// A file that could not be read, with its first problems.
    static func unreadableFile(_ error: CatalogLoadError) -> UnreadableFile {
        let problems = error.problems
        let file = problems.first?.file ?? "?"
        let listed = problems.prefix(problemsListedPerFile).map(\.description)
        return UnreadableFile(file: file, problems: listed, moreProblems: max(0, problems.problemCount - listed.count))
    }

    /// The catalogue of fairs already read: fairs with no date at all left out, the rest matched.
    static func build(_ fairs: [CollectedFair], name: String, unreadable: [UnreadableFile] = [],
                      timings: inout FairCollectionTimings) -> LoadedDataFile {
        var dated: [CollectedFair] = []
        var leftOut: [FairCollectionSummary.LeftOut] = []
        for fair in fairs {
            if fair.firstDay != nil && fair.lastDay != nil {
                dated.append(fair)
            } else if fair.approximateDate != nil {
                // (`CollectedFair` takes the year from it when the edition gives none.)
                dated.append(fair)
            } else {
                var reason = "no date: no start and end date"
                if let text = fair.approxDate { reason += ", an approximate date that is not a year, a month or a day (\(FairQuote.quoted(text)))" }
                reason += " and no year in its edition"
                leftOut.append(.init(file: fair.fileName, name: fair.name, reason: reason))
            }
        }
        var builder = CollectionCatalogBuilder(fairs: dated, name: name, leftOut: leftOut, unreadable: unreadable)
        let catalog = builder.build()
        let reading = timings.reading
        timings = builder.timings
        timings.reading = reading
        let summary = builder.summary
        DeferredRelease.release((builder, dated))
        return LoadedDataFile(catalog: catalog, format: .fairCollection, collection: summary)
    }
}
