/// How sure the data is about a fact, as stated in the data file.
public enum Confidence: String, Sendable, Hashable, CaseIterable {
    /// Stated by an official source or by two or more independent sources.
    case confirmed
    /// One press source (or several that may share one origin).
    case reported
    /// Indirect, garbled, undated or only loosely tied to the event.
    case weak
    /// Only for notes that say something is not known.
    case unknown
}
