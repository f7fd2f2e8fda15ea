import CAssets
import Foundation
import GuideFairs
import GuideModel

/// Where the show data comes from: `--data` (repeatable), else `ADEX_GUIDE_DATA`, else the
/// dataset embedded in the binary (so an installed binary works from any directory). One file
/// opens as itself; several files, or a directory, open as one catalogue of fair files.
enum DataLocation: Equatable {
    case file(String)
    /// Several fair files or directories of them (each directory: its `*.json` files, sorted).
    case fairs([String])
    case bundled

    /// The name used in messages for the embedded dataset.
    static let bundledName = "(bundled) Assets/adex-2024.json"

    static func resolve(option: [String], environment: [String: String],
                        isDirectory: (String) -> Bool = DataLocation.isDirectory) -> DataLocation {
        let paths = option.filter { !$0.isEmpty }
        if paths.count > 1 { return .fairs(paths) }
        if let path = paths.first ?? environment["ADEX_GUIDE_DATA"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return isDirectory(path) ? .fairs([path]) : .file(path)
        }
        return .bundled
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    var displayName: String {
        switch self {
        case .file(let path): path
        case .fairs(let paths): paths.count <= 3 ? paths.joined(separator: ", ") : "\(paths[0]), \(paths[1]) and \(paths.count - 2) more"
        case .bundled: Self.bundledName
        }
    }

    /// Loads the data: a file in either format `--data` accepts (an `adex-guide/1` document or a
    /// CAAT/Omega fair file, told apart by shape), several fair files as one catalogue, or the
    /// bundled dataset. Failures come worded for people, with their sysexits code.
    /// `mode` is how a fair file is read (lenient, or `--strict`). A folder of fair files shows
    /// its progress on `progressOn` when that is a terminal and the load takes a while
    /// (`LoadProgressDisplay`), erased before this returns.
    func load(mode: FairReadMode = .lenient, progressOn descriptor: Int32? = nil) throws(CLIFailure) -> LoadedDataFile {
        switch self {
        case .file(let path):
            return try Self.worded(displayName) { () throws(CatalogLoadError) in try DataFileLoader.load(contentsOf: path, mode: mode) }
        case .fairs(let paths):
            return try Self.loadFairs(paths, name: displayName, strict: mode == .strict, progressOn: descriptor)
        case .bundled:
            return try Self.worded(displayName) { () throws(CatalogLoadError) in
                let buffer = UnsafeBufferPointer(start: cassets_bundled_show(), count: cassets_bundled_show_size())
                let catalog = try CatalogLoader.load(buffer: buffer, fileName: Self.bundledName)
                return LoadedDataFile(catalog: try Self.comparedWithEarlierEdition(catalog), format: .adexGuide)
            }
        }
    }

    /// A loader's error as lines for people: every problem, and their number when there are several.
    private static func worded<Value>(_ name: String, _ load: () throws(CatalogLoadError) -> Value) throws(CLIFailure) -> Value {
        do {
            return try load()
        } catch {
            var lines = error.problems.map(\.description)
            if case .invalid(let problems) = error, problems.problemCount > 1 {
                lines.append("\(name): \(problems.countText)")
            }
            throw CLIFailure(lines: lines, exitCode: error.exitCode)
        }
    }

    /// Several fair files (directories expanded, a file named twice read once) as one catalogue.
    private static func loadFairs(_ paths: [String], name: String, strict: Bool, progressOn descriptor: Int32?) throws(CLIFailure) -> LoadedDataFile {
        do {
            var files: [String] = []
            for path in paths {
                files += isDirectory(path) ? try FairCollection.files(inDirectory: path) : [path]
            }
            var seen = Set<String>()
            files = files.filter { seen.insert($0).inserted }
            let progress = FairLoadProgress(totalFiles: files.count)
            let display = descriptor.map { LoadProgressDisplay(progress: progress, descriptor: $0) }
            defer { display?.finish() }
            var timings = FairCollectionTimings()
            return try FairCollection.load(files: files, name: name, strict: strict, timings: &timings, progress: progress)
        } catch {
            var lines = error.lines
            if case .files(let failures) = error, lines.count > 1 {
                let problems = failures.flatMap(\.problems)
                lines.append("\(name): \(problems.countText) in \(failures.count) \(failures.count == 1 ? "file" : "files")")
            }
            throw CLIFailure(lines: lines, exitCode: error.exitCode)
        }
    }

    static let earlierEditionName = "(bundled) Assets/caat-adex-2022.json"

    /// The embedded ADEX 2022 list (verbatim from the CAAT/Omega dataset).
    static var earlierEditionBytes: [UInt8] {
        Array(UnsafeBufferPointer(start: cassets_earlier_edition(), count: cassets_earlier_edition_size()))
    }

    /// The bundled ADEX-2024 guide compared with the ADEX 2022 exhibitor list: each exhibitor
    /// says whether it was there too, and the exhibitor list gains the "new" facet.
    static func comparedWithEarlierEdition(_ catalog: Catalog) throws(CatalogLoadError) -> Catalog {
        try BundledHistory.compare(catalog, earlierList: earlierEditionBytes, fileName: earlierEditionName)
    }
}
