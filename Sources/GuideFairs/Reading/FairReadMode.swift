/// How a fair file's oddities (values in an unusual shape, values that cannot be read, dates
/// corrected or derived) are treated. Either way a file that cannot be understood at all (not
/// JSON, not an object, an `exhibitor` that is not a list, too large) is refused.
public enum FairReadMode: Sendable, Hashable {
    /// Every value is read in every shape the dataset uses; what cannot be read is left out, and
    /// each oddity is listed (`FairReading.oddities`) as `FILE:JSONPATH: what was done`. The
    /// default: one odd value in 200,000 entries must not hide the other 199,999.
    case lenient
    /// Every oddity is a problem that refuses the file (`--strict`), for checking a file before
    /// publishing it.
    case strict
}
