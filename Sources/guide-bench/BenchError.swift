/// A failure of the benchmark itself (a missing tool, an unwritable file), reported with a message
/// that says what to do rather than a stack trace.
struct BenchError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
