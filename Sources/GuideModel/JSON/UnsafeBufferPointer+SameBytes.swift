import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// Whether two byte ranges hold the same bytes (an empty range may have no address).
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        guard count > 0, let base = baseAddress, let otherBase = other.baseAddress else { return true }
        return memcmp(base, otherBase, count) == 0
    }
}
