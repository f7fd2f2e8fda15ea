import GuideModel

/// Loads a data file in either format `--data` accepts: an `adex-guide/1` document through
/// `CatalogLoader`, or a CAAT/Omega fair file read (leniently unless `--strict`), converted, and
/// validated as the document it becomes. The format is told by shape (`DataFileShape`), never by the file name.
public enum DataFileLoader {
    /// How much of a file is looked at to tell its format.
    static let detectionBytes = 64 * 1024

    /// Loads the file at `path`; `displayName` is what messages call it (the path by default).
    ///
    /// A regular file is only peeked at before the right loader reads it, so an `adex-guide/1`
    /// file is read exactly as `CatalogLoader` reads it (its bytes released before the catalog is
    /// indexed). A pipe can be read once only: it is read whole, then loaded from memory.
    /// `mode` is how a fair file is read (an `adex-guide/1` document is always checked strictly).
    public static func load(contentsOf path: String, displayName: String? = nil,
                            mode: FairReadMode = .lenient) throws(CatalogLoadError) -> LoadedDataFile {
        let name = displayName ?? path
        if let start = DataFileBytes.prefix(path, count: detectionBytes) {
            if DataFileShape.detect(start) == .fairFile {
                return try loadFair(bytes: DataFileBytes.read(path, name: name), fileName: name, mode: mode)
            }
            return LoadedDataFile(catalog: try CatalogLoader.load(contentsOf: path, displayName: name), format: .adexGuide)
        }
        return try load(bytes: DataFileBytes.read(path, name: name), fileName: name, mode: mode)
    }

    /// Loads a data file from its bytes.
    public static func load(bytes: [UInt8], fileName: String, mode: FairReadMode = .lenient) throws(CatalogLoadError) -> LoadedDataFile {
        if DataFileShape.detect(Array(bytes.prefix(detectionBytes))) == .fairFile {
            return try loadFair(bytes: bytes, fileName: fileName, mode: mode)
        }
        return LoadedDataFile(catalog: try CatalogLoader.load(bytes: bytes, fileName: fileName), format: .adexGuide)
    }

    /// A file's bytes, with the loaders' words for what can go wrong (missing, a directory, too large).
    public static func bytes(contentsOf path: String, displayName: String? = nil) throws(CatalogLoadError) -> [UInt8] {
        try DataFileBytes.read(path, name: displayName ?? path)
    }

    /// The format a file's bytes look like, or nil when their start does not say (then they are
    /// best read as `adex-guide/1`, whose loader explains what is wrong).
    public static func format(of bytes: [UInt8]) -> DataFileFormat? {
        DataFileShape.detect(Array(bytes.prefix(detectionBytes)))
    }

    /// Reads a fair file and builds its catalog; the reading's oddities are in the conversion
    /// report (`info` lists them).
    static func loadFair(bytes: [UInt8], fileName: String, mode: FairReadMode) throws(CatalogLoadError) -> LoadedDataFile {
        let reading = try FairReader.read(bytes: bytes, fileName: fileName, mode: mode)
        let conversion = try FairConverter.convert(reading, fileName: fileName)
        return LoadedDataFile(catalog: try catalog(from: conversion, fileName: fileName), format: .fairFile,
                              conversion: conversion.report, provenance: conversion.provenance)
    }

    /// The catalog of a converted fair, validated like any `adex-guide/1` document. A conversion
    /// that does not validate is this program's fault, and says so rather than pointing into a
    /// document the user never saw.
    public static func catalog(from conversion: FairConversion, fileName: String) throws(CatalogLoadError) -> Catalog {
        do {
            return try CatalogLoader.build(from: conversion.document, fileName: fileName)
        } catch {
            throw .invalid(error.problems.map { problem in
                var blamed = problem
                blamed.message = "in the converted document (a fault of adex-guide's conversion, please report it): \(problem.message)"
                return blamed
            })
        }
    }
}
