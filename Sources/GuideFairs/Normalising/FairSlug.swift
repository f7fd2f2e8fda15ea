import GuideSearch

/// Ids from names, as `adex-guide/1` wants them (`^[a-z0-9]+(-[a-z0-9]+)*$`): folded (accents,
/// Turkish letters, Cyrillic transliterated), words of ASCII letters and digits joined by
/// hyphens, cut at a word end to stay typeable. Control characters and other scripts only
/// separate words, so they can never reach an id.
enum FairSlug {
    static let maximumLength = 60

    /// The slug of `text`; empty when nothing Latin is left (the caller then numbers the item).
    static func make(_ text: String) -> String {
        makeFromASCII(text) ?? makeFromFolded(text)
    }

    /// The same slug read straight from the bytes of plain ASCII text (most names; ASCII folds to
    /// lower case and nothing else), or nil for any other text: a catalogue of several fairs
    /// makes one per company, 150,000 of them for the whole dataset.
    static func makeFromASCII(_ text: String) -> String? {
        var slug: [UInt8] = []
        var word: [UInt8] = []
        func endWord() {
            defer { word.removeAll(keepingCapacity: true) }
            guard !word.isEmpty else { return }
            if slug.isEmpty {
                slug = Array(word.prefix(maximumLength))
            } else if slug.count + 1 + word.count <= maximumLength {
                slug.append(UInt8(ascii: "-"))
                slug += word
            }
        }
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case 0x61...0x7A, 0x30...0x39: word.append(byte)
            case 0x41...0x5A: word.append(byte + 0x20)
            case 0x27: continue
            default: endWord()
            }
        }
        endWord()
        return String(decoding: slug, as: UTF8.self)
    }

    /// The slug of any text, folded first (accents, Turkish letters, Cyrillic transliterated).
    static func makeFromFolded(_ text: String) -> String {
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
