import Dispatch
import GuideModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a large loop over the machine's cores. The dense passes of a one-letter query (every
/// text, every entry of a 100,000-exhibitor show) are independent per element, so halving them on
/// two cores halves the slowest keystrokes; small loops stay on the calling thread.
enum Parallel {
    /// Below this many elements a loop is not split: waking another thread costs more.
    static let minimumPerChunk = 20_000

    static let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Calls `body` with disjoint ranges covering `0..<count` (and the range's number), on as many
    /// threads as there are cores and chunks, and returns when all are done.
    static func chunks(_ count: Int, minimumPerChunk: Int = minimumPerChunk, _ body: (Range<Int>, Int) -> Void) {
        let chunkCount = chunkCount(count, minimumPerChunk: minimumPerChunk)
        guard chunkCount > 1 else {
            body(0..<count, 0)
            return
        }
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                let start = count * chunk / chunkCount
                let end = count * (chunk + 1) / chunkCount
                shared.value(start..<end, chunk)
            }
        }
    }

    /// How many chunks `chunks` will use for `count` elements, to size per-chunk results.
    static func chunkCount(_ count: Int, minimumPerChunk: Int = minimumPerChunk) -> Int {
        min(cores, max(1, count / minimumPerChunk))
    }
}
