import Foundation

/// Splits pure per-item work over the cores: the name keys of 100,000 distinct names take a
/// quarter of the matching on one core. Results come back in item order, so the output is the
/// same on any number of cores; small inputs run on the calling thread.
enum ParallelChunks {
    static func map<Result: Sendable>(count: Int, minimumPerChunk: Int = 4096,
                                      _ transform: @Sendable (Int) -> Result) -> [Result] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunks = min(cores * 2, count / max(1, minimumPerChunk))
        guard chunks > 1 else { return (0..<count).map(transform) }
        let slots = ResultSlots<[Result]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            slots.set(chunk, range.map(transform))
        }
        return slots.values.flatMap { $0 }
    }

    /// `count` values made on all cores, a chunk of indices per task: `fill` initialises every
    /// element of its range (indices into the whole) at the pointer given, keeping what scratch
    /// space it likes for the chunk. Values are made in place, never copied into the result
    /// (copying a struct of strings retains each of them), and come in index order, so the result
    /// is the same on any number of cores.
    static func build<Element: Sendable>(count: Int, minimumPerChunk: Int = 4096,
                                         _ fill: @Sendable (Range<Int>, UnsafeMutablePointer<Element>) -> Void) -> [Element] {
        guard count > 0 else { return [] }
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
            let chunks = min(cores * 2, count / max(1, minimumPerChunk))
            if chunks > 1 {
                let base = SendablePointer(pointer: buffer.baseAddress!)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    fill((count * chunk / chunks)..<(count * (chunk + 1) / chunks), base.pointer)
                }
            } else {
                fill(0..<count, buffer.baseAddress!)
            }
            initialized = count
        }
    }

    /// One item per task, handed out to the cores as they free up: for few, unequal items (fair
    /// files of 0 to 2,500 entries), where equal chunks would leave a core idle.
    static func mapEach<Result: Sendable>(count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return (0..<count).map(transform) }
        let slots = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, transform(index))
        }
        return slots.values
    }
}

/// One slot per chunk, each written by exactly one thread and read after `concurrentPerform`
/// returns (which orders the writes before the reads).
private final class ResultSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }

    var values: [Value] { (0..<count).map { storage[$0]! } }
}

/// A pointer handed to the tasks of `ParallelChunks.build`, each of which writes its own range.
struct SendablePointer<Element>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Element>
}
