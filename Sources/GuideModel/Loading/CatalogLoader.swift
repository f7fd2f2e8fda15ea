import Foundation

/// Reads a show file (or bytes already in memory, such as the embedded dataset) into a validated
/// `Catalog`, or fails with every problem found.
public enum CatalogLoader {
    /// Larger files are refused before reading, so a wrong path cannot exhaust memory.
    public static let maximumFileSize = 1024 * 1024 * 1024

    /// Loads the file at `path`. `displayName` is what error messages call the file (defaults to
    /// the path as given).
    public static func load(contentsOf path: String, displayName: String? = nil) throws(CatalogLoadError) -> Catalog {
        let name = displayName ?? path
        // The file's bytes are released once decoded, before the catalog builds its indexes.
        let decoded = try decode(bytes: readFile(path, name: name), fileName: name)
        return catalog(consume decoded, fileName: name)
    }

    /// Loads a document from bytes.
    public static func load(bytes: some Collection<UInt8>, fileName: String) throws(CatalogLoadError) -> Catalog {
        catalog(try decode(bytes: Array(bytes), fileName: fileName), fileName: fileName)
    }

    /// Loads a document from a buffer the caller keeps alive (the embedded dataset needs no copy).
    public static func load(buffer: UnsafeBufferPointer<UInt8>, fileName: String) throws(CatalogLoadError) -> Catalog {
        catalog(try decode(buffer: buffer, fileName: fileName), fileName: fileName)
    }

    /// Validates an already-parsed document. It is checked as the text `JSONWriter` makes of it,
    /// which reads back as the same values.
    public static func build(from root: JSONValue, fileName: String) throws(CatalogLoadError) -> Catalog {
        try load(bytes: Array(JSONWriter.write(root, pretty: false).utf8), fileName: fileName)
    }

    private static func decode(bytes: [UInt8], fileName: String) throws(CatalogLoadError) -> ShowFileDecoder.Decoded {
        let result: Result<ShowFileDecoder.Decoded, CatalogLoadError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(CatalogLoadError) {
                return .success(try decode(buffer: buffer, fileName: fileName))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses and checks a document. What it returns is copied out of `buffer`, which may be
    /// released afterwards; it has an event whenever it is returned.
    private static func decode(buffer: UnsafeBufferPointer<UInt8>, fileName: String) throws(CatalogLoadError) -> ShowFileDecoder.Decoded {
        if buffer.count > maximumFileSize {
            throw .invalid([LoadProblem(file: fileName, location: .file,
                                        message: "file is too large (\(megabytes(buffer.count)); the limit is \(megabytes(maximumFileSize)))")])
        }
        let log = ProblemLog(file: fileName)
        let decoded: ShowFileDecoder.Decoded
        do {
            decoded = try JSONParser.withDocument(buffer) { document in ShowFileDecoder(log: log).decode(document) }
        } catch {
            let message = buffer.isEmpty ? "file is empty: expected a JSON document"
                : error.message.hasPrefix("invalid UTF-8") ? error.message : "not valid JSON: \(error.message)"
            throw .invalid([LoadProblem(file: fileName, location: .position(line: error.line, column: error.column), message: message)])
        }
        guard log.isEmpty, decoded.event != nil else {
            var problems = log.problems
            if problems.isEmpty {
                problems.append(LoadProblem(file: fileName, location: .path(.root / "event"), message: "the event could not be read"))
            }
            throw .invalid(problems)
        }
        return decoded
    }

    /// Builds the catalog from what was decoded. Each list is moved out of `decoded` first, so
    /// the catalog owns the only reference and sorts it in place instead of copying it.
    private static func catalog(_ decoded: consuming ShowFileDecoder.Decoded, fileName: String) -> Catalog {
        var decoded = decoded
        return Catalog(fileName: fileName, event: decoded.event!, sources: decoded.sources, shows: decoded.shows,
                       halls: decoded.halls, categories: take(&decoded.categories), countries: take(&decoded.countries),
                       kinds: decoded.kinds, exhibitors: take(&decoded.exhibitors), products: take(&decoded.products),
                       programme: take(&decoded.programme), figures: decoded.figures)
    }

    private static func take<T>(_ list: inout [T]) -> [T] {
        let taken = list
        list = []
        return taken
    }

    private static func readFile(_ path: String, name: String) throws(CatalogLoadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .unreadable(file: name, reason: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw .unreadable(file: name, reason: "cannot read: \(String(cString: strerror(errno)))")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw .unreadable(file: name, reason: "is a directory, not a data file")
        }
        let size = Int(info.st_size)
        if size > maximumFileSize {
            throw .invalid([LoadProblem(file: name, location: .file,
                                        message: "file is too large (\(megabytes(size)); the limit is \(megabytes(maximumFileSize)))")])
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: name, reason: "cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumFileSize {
                throw .invalid([LoadProblem(file: name, location: .file, message: "file is too large (the limit is \(megabytes(maximumFileSize)))")])
            }
        }
        return bytes
    }

    private static func megabytes(_ bytes: Int) -> String {
        let mib = Double(bytes) / 1_048_576
        return mib >= 10 ? "\(Int(mib.rounded())) MiB" : String(format: "%.1f MiB", mib)
    }
}
