/// Why a plan could not be saved or read: the file and what went wrong, plus the sysexits code a
/// command reports it with.
public struct PlanStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The directory or file cannot be created or written (EX_CANTCREAT, 73).
        case cannotWrite
        /// Reading or writing failed in the middle (EX_IOERR, 74).
        case io
        /// No permission to read the file (EX_NOPERM, 77).
        case noPermission
    }

    public var kind: Kind
    public var path: String
    public var message: String

    public init(_ kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var exitCode: Int32 {
        switch kind {
        case .cannotWrite: 73
        case .io: 74
        case .noPermission: 77
        }
    }

    public var description: String { "\(path): \(message)" }
}
