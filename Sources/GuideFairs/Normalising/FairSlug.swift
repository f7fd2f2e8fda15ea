import GuideSearch

/// Ids from names, as `adex-guide/1` wants them (`^[a-z0-9]+(-[a-z0-9]+)*$`): folded (accents,
/// Turkish letters, Cyrillic transliterated), words of ASCII letters and digits joined by
/// hyphens, cut at a word end to stay typeable. Control characters and other scripts only
/// separate words, so they can never reach an id.
enum FairSlug {
    static let maximumLength = 60

    /// The slug of `text`; empty when nothing Latin is left (the caller then numbers the item).
    static func make(_ text: String) -> String {
        var slug = ""
        var word = ""
        func endWord() {
            defer { word = "" }
            guard !word.isEmpty else { return }
            if slug.isEmpty {
                slug = String(word.prefix(maximumLength))
            } else if slug.count + 1 + word.count <= maximumLength {
                slug += "-" + word
            }
        }
        for scalar in SearchFolding.fold(text).unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: word.unicodeScalars.append(scalar)
            // Apostrophes join ("d'Ivoire" -> "divoire"), as people type them.
            case 0x27, 0x2019: continue
            default: endWord()
            }
        }
        endWord()
        return slug
    }
}
