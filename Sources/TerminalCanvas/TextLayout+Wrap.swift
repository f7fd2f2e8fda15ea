extension TextLayout {
    /// Breaks `text` into lines of at most `width` columns, for descriptions and notices on
    /// narrow terminals.
    ///
    /// Rules:
    /// - Greedy: each line takes as many words as fit; words are separated by one space.
    ///   Words are split at spaces (U+0020) and tabs; runs of them count as one break, and
    ///   spaces at the start or end of a line are dropped.
    /// - Explicit newlines (any `Character` whose `isNewline` is true, including `"\r\n"`) end a
    ///   paragraph; every paragraph starts on a new line, and an empty paragraph gives an empty
    ///   line (`"a\n\nb"` gives `["a", "", "b"]`).
    /// - A word wider than `width` starts on a new line and is hard-broken between `Character`s
    ///   by display width (so CJK text without spaces wraps too).
    /// - A single `Character` wider than `width` (a wide character when `width` is 1, or a long
    ///   emoji sequence) cannot be drawn whole; it is replaced by `"…"`.
    /// - No line is ever wider than `width`. `width <= 0` or empty text gives `[]`.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0, !text.isEmpty else { return [] }
        var lines: [String] = []
        var paragraphStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index].isNewline {
                wrapParagraph(text[paragraphStart..<index], width: width, into: &lines)
                paragraphStart = text.index(after: index)
            }
            text.formIndex(after: &index)
        }
        wrapParagraph(text[paragraphStart...], width: width, into: &lines)
        return lines
    }

    /// Greedy wrap of one paragraph (no newlines inside) into `lines`.
    private static func wrapParagraph(_ paragraph: Substring, width: Int, into lines: inout [String]) {
        var line = ""
        var lineWidth = 0
        var lineIsEmpty = true
        for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let wordWidth = DisplayWidth.of(word)
            if !lineIsEmpty && lineWidth + 1 + wordWidth <= width {
                line.append(" ")
                line.append(contentsOf: word)
                lineWidth += 1 + wordWidth
                continue
            }
            if !lineIsEmpty {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            lineIsEmpty = false
            if wordWidth <= width {
                line.append(contentsOf: word)
                lineWidth = wordWidth
                continue
            }
            // Hard-break a word that is wider than a whole line.
            for character in word {
                var piece = character
                var pieceWidth = DisplayWidth.of(character)
                if pieceWidth > width {
                    piece = "…"
                    pieceWidth = 1
                }
                if lineWidth + pieceWidth > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(piece)
                lineWidth += pieceWidth
            }
        }
        lines.append(line)
    }
}
