/// Hands a value that is not `Sendable` to another thread, for the cases where the code that
/// does so guarantees that only one thread uses it at a time (see each use).
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
