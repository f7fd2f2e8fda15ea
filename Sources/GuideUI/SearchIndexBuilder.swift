import Foundation
import GuideModel
import GuideSearch

/// Builds the search index on a background thread, so a large show's first screen appears as soon
/// as its catalog is loaded (at 100,000 exhibitors the index takes seconds). The run loop asks
/// `index` on each wake-up and switches the search on when it is there.
public final class SearchIndexBuilder: @unchecked Sendable {
    private let lock = NSLock()
    private var built: SearchIndex?

    /// An index that is ready now (small shows, tests).
    public init(ready index: SearchIndex) {
        built = index
    }

    /// Not ready until `deliver` is called (for tests of the waiting state).
    public init() {}

    /// Starts building in the background.
    public init(buildingFor catalog: Catalog) {
        let thread = Thread { [weak self] in
            self?.deliver(SearchIndex(catalog: catalog))
        }
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// Hands over a finished index.
    public func deliver(_ index: SearchIndex) {
        lock.lock()
        built = index
        lock.unlock()
    }

    /// The index, or nil while it is being built.
    public var index: SearchIndex? {
        lock.lock()
        defer { lock.unlock() }
        return built
    }
}
