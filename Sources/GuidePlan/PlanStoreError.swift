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
        /// Something other than a regular file is where the plan file should be: a directory, a
        /// FIFO, a device, a socket (EX_NOINPUT, 66). Left as it is.
        case notAFile
        /// The plan file is larger than `PlanFile.maximumSize`, or a save would make it so
        /// (EX_DATAERR, 65). The file is left as it is.
        case tooLarge
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
        case .notAFile: 66
        case .tooLarge: 65
        }
    }

    public var description: String { "\(path): \(message)" }
}
