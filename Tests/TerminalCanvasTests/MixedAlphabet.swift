/// Pieces mixing every width class: ASCII, Azerbaijani/Turkish, Cyrillic, CJK, emoji with and
/// without modifiers, combining marks (alone they attach to whatever precedes them), a ZWJ
/// family, spaces and newlines.
let mixedAlphabet: [String] = [
    "a", "b", "Z", "7", ".", "ə", "İ", "ş", "ğ", "Ж", "к", "漢", "字", "テ", "😀", "👍🏽", "❤", "❤️",
    "e\u{301}", "\u{301}", "👨\u{200D}👩\u{200D}👧", "─", " ", " ", " ", "  ", "\n",
]
