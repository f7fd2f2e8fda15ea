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
        var text = text
        return text.withUTF8 { bytes in
            SlugWriter.write { (writer: inout SlugWriter) -> Bool in
                for byte in bytes {
                    switch byte {
                    case 0x80...: return false
                    case 0x61...0x7A, 0x30...0x39: writer.add(byte)
                    case 0x41...0x5A: writer.add(byte + 0x20)
                    case 0x27: continue
                    default: writer.endWord()
                    }
                }
                return true
            }
        }
    }

    /// The slug of any text, folded first (accents, Turkish letters, Cyrillic transliterated).
    static func makeFromFolded(_ text: String) -> String {
        let folded = SearchFolding.fold(text)
        return SlugWriter.write { (writer: inout SlugWriter) -> Bool in
            for scalar in folded.unicodeScalars {
                switch scalar.value {
                case 0x61...0x7A, 0x30...0x39: writer.add(UInt8(scalar.value))
                // Apostrophes join ("d'Ivoire" -> "divoire"), as people type them.
                case 0x27, 0x2019: continue
                default: writer.endWord()
                }
            }
            return true
        } ?? ""
    }

    /// Words of ASCII letters and digits joined by hyphens into a slug of at most
    /// `maximumLength` bytes, in a buffer on the stack: the first word cut to fit, each later
    /// word kept only if it fits whole.
    struct SlugWriter {
        /// The slug in `buffer[0..<maximumLength]`, the current word's first bytes after it.
        private let buffer: UnsafeMutablePointer<UInt8>
        private var slugLength = 0
        /// The whole word's length (only its first `maximumLength` bytes are kept: no more can fit).
        private var wordLength = 0

        /// Runs `body` with a writer and gives the slug, or nil when `body` returns false.
        static func write(_ body: (inout SlugWriter) -> Bool) -> String? {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * maximumLength) { storage in
                var writer = SlugWriter(buffer: storage.baseAddress!)
                guard body(&writer) else { return nil }
                writer.endWord()
                return String(decoding: UnsafeBufferPointer(start: storage.baseAddress!, count: writer.slugLength), as: UTF8.self)
            }
        }

        private init(buffer: UnsafeMutablePointer<UInt8>) {
            self.buffer = buffer
        }

        mutating func add(_ byte: UInt8) {
            if wordLength < maximumLength { buffer[maximumLength + wordLength] = byte }
            wordLength += 1
        }

        mutating func endWord() {
            defer { wordLength = 0 }
            guard wordLength > 0 else { return }
            if slugLength == 0 {
                slugLength = min(wordLength, maximumLength)
                buffer.update(from: buffer + maximumLength, count: slugLength)
            } else if slugLength + 1 + wordLength <= maximumLength {
                buffer[slugLength] = UInt8(ascii: "-")
                (buffer + slugLength + 1).update(from: buffer + maximumLength, count: wordLength)
                slugLength += 1 + wordLength
            }
        }
    }
}
