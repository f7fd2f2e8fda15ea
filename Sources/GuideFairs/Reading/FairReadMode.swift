/// How a fair file's wrong values are treated.
public enum FairReadMode: Sendable, Hashable {
    /// Every value of the wrong type is an error: the file is refused with each one listed
    /// (`--data` and `convert`), so a screen never silently lacks what the file holds.
    case strict
    /// Values of the wrong type inside exhibitor entries are skipped and listed in the report
    /// (`convert --lenient`); the fair's own fields are still checked strictly.
    case lenient
}
