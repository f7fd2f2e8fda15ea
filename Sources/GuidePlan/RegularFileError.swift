/// Why `RegularFile.read` gave no bytes. Each caller words it for its file (the saved plan, a
/// colleague's plan to import) and picks what to do: a missing saved plan is simply a new plan.
public enum RegularFileError: Error, Sendable, Equatable {
    /// Nothing at the path (or a dangling symbolic link).
    case missing
    /// The file may not be read (`reason` is the system's words).
    case noPermission(reason: String)
    /// Something other than a regular file: `kind` says what ("a directory", "a FIFO (named
    /// pipe)", "a character device", ...). Never opened for reading, so never blocked on.
    case notRegular(kind: String)
    /// Larger than the limit: `size` in bytes (at least limit + 1 when the file grew while read).
    case tooLarge(size: Int64, limit: Int)
    /// Opening or reading failed for another reason (`reason` is the system's words).
    case failed(reason: String)

    /// "64 MiB", "1.5 MiB": a size for messages.
    public static func mebibytes(_ bytes: Int64) -> String {
        let mib = Double(bytes) / 1_048_576
        return mib >= 10 ? "\(Int(mib.rounded())) MiB" : String(Double(Int((mib * 10).rounded())) / 10) + " MiB"
    }
}
