import Foundation

/// Frees large intermediate values on another thread. Opening 200,000 fair entries leaves behind
/// the matching, the edition inputs and the files as read (millions of small strings and
/// arrays); freeing them where they fall took about 0.1 s that nothing waits for, so they are
/// handed to a background queue instead. A command that exits first never frees them, which
/// the system does at once (as `LoadedDataKeeper` does for the catalogue itself).
enum DeferredRelease {
    /// One queue, so values are freed one after another and `waitUntilDone` can wait for them.
    private static let queue = DispatchQueue(label: "GuideFairs.DeferredRelease", qos: .utility)

    /// Drops `value` on the background queue. Only the last reference frees anything: hand over
    /// every large value the caller still holds, and pass it as its last use.
    static func release<Value: Sendable>(_ value: consuming Value) {
        let kept = value
        queue.async { withExtendedLifetime(kept) {} }
    }

    /// Returns once everything handed over so far is freed.
    static func waitUntilDone() {
        queue.sync {}
    }
}
