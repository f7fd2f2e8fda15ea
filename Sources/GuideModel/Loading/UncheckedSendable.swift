/// Hands a value that is not `Sendable` to another thread, for the cases where the code that
/// does so guarantees that only one thread uses it at a time, or that the threads touch disjoint
/// parts of it, each finishing before the handing-over call returns (see each use). Shared with
/// the search index's parallel loops, hence `package`.
package struct UncheckedSendable<Value>: @unchecked Sendable {
    package let value: Value

    package init(_ value: Value) {
        self.value = value
    }
}
