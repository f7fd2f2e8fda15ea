/// One input shape of one loader for the complexity table: `prepare(n)` builds the input for
/// size n (untimed, in memory or in a temporary directory) and returns the work that is timed.
struct ScalingCase {
    /// Which loader: the show loader, the search index, the fair reader, the fair-folder open,
    /// the plan reader, the search-cache reader.
    let loader: String
    /// The shape of the input, and what n counts.
    let shape: String
    /// The smaller size; the larger is four times it.
    let base: Int
    let prepare: (_ n: Int) throws -> () throws -> Void
}
