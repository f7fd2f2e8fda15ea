import GuideModel
import GuideSearch

/// The search-cache reader: a cache file is trusted only after every check (magic, version, key,
/// sizes, checksum, every id in range). Inputs are resealed first, so damage the checksum would
/// catch still reaches the checks behind it; whatever is accepted must answer queries safely.
public enum CacheExercise {
    /// The key every cache input is built and read with (a real cache's key is the data file's
    /// identity and the binary's).
    public static let key = Array("guide-fuzz cache key".utf8)
    static let queries = ["a", "e", "zz", "country:az", "category:uav", "show:main", "hall:a", "day:25", "'x", "^b", "a$", "a | e !o"]

    public static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let sealed = IndexFile.resealed(bytes)
        let decoded: Result<SearchIndex, IndexFile.Unreadable> = sealed.withUnsafeBytes { buffer in
            do throws(IndexFile.Unreadable) { return .success(try IndexFile.decode(buffer, key: key)) } catch { return .failure(error) }
        }
        let index: SearchIndex
        switch decoded {
        case .success(let decodedIndex): index = decodedIndex
        case .failure(let error): return error.description.isEmpty ? .failure("refused without a reason") : .refused(error.description)
        }
        for query in queries {
            let results = index.search(query, limit: 50)
            for group in results.groups {
                for hit in group.hits {
                    _ = hit.title.count + hit.matchedText.count
                    _ = hit.excerpt(length: 40)
                }
            }
        }
        return .accepted
    }

    /// The cache file of a show document, as the command line would write it.
    public static func seed(fromShow bytes: [UInt8]) -> [UInt8]? {
        guard let catalog = try? CatalogLoader.load(bytes: bytes, fileName: "seed.json") else { return nil }
        return IndexFile.encode(SearchIndex(catalog: catalog), key: key)
    }
}
