/// How long a note may be. What a visitor writes is bounded; what a plan file holds is kept whole.
///
/// A note is typed at a stand or on the command line: 1,000 characters is a long paragraph, and
/// both the guide's editor and `adex-guide plan note` stop there, saying so. A plan file can still
/// bring a longer one (a colleague's imported note appended to one's own, a file edited by hand):
/// it is kept, every character, and only cut where a screen shows it, so drawing costs the same
/// however long the note is.
public enum PlanNote {
    /// The most characters a visitor writes in one note.
    public static let maximumLength = 1000

    /// True when `note` is no longer than `maximumLength` characters.
    public static func fitsTheLimit(_ note: String) -> Bool {
        // A character is at least one byte: few enough bytes settles it without counting.
        note.utf8.count <= maximumLength || note.prefix(maximumLength + 1).count <= maximumLength
    }

    /// The note as a screen shows it: whole when it fits the limit, else its first
    /// `maximumLength` characters and a word on where to read the rest.
    public static func excerpt(_ note: String) -> String {
        guard !fitsTheLimit(note) else { return note }
        return String(note.prefix(maximumLength)) + " … (the note goes on: adex-guide plan show prints it whole)"
    }
}
