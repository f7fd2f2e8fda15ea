import Foundation

/// Runs two independent pieces of work at the same time and returns both results. Building a
/// catalog has two large, independent halves (exhibitors and products); a machine with two cores
/// then does them side by side, and one core simply does one after the other.
func concurrently<First: Sendable, Second: Sendable>(_ first: @Sendable () -> First,
                                                     _ second: @Sendable () -> Second) -> (First, Second) {
    let results = ResultPair<First, Second>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            results.first = first()
        } else {
            results.second = second()
        }
    }
    return (results.first!, results.second!)
}

/// Where the two halves leave their results. Each property is written by one thread only and read
/// after `concurrentPerform` has returned, which orders the writes before the reads.
private final class ResultPair<First, Second>: @unchecked Sendable {
    var first: First?
    var second: Second?
}
