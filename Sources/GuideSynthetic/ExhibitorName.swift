/// A generated organisation name with what the rest of the record is derived from.
struct ExhibitorName {
    /// The name as it would be published.
    var name: String
    /// Acronyms, transliterations and translations, as visitors search for them.
    var altNames: [String] = []
    /// Latin text the id and web address are made from.
    var latin: String
    /// Letters that start product model names ("KS" for "Kartal Savunma": "KS-750").
    var modelPrefix: String
    /// ISO code; nil when the sources give none.
    var country: String?
}
