/// How each scalar below U+0530 (Latin, Greek, Cyrillic) folds, and whether each folded scalar
/// is a letter or digit, worked out once with `TextFolding.appendFolded` and `Character`'s own
/// properties. Sort keys for names in these scripts then need no Unicode property lookups, which
/// made them most of the cost of sorting 100,000 exhibitors.
///
/// A scalar is marked `usable` only when every scalar it folds to stands alone as a character
/// (it joins neither the character before it nor the one after), so reading a folded name scalar
/// by scalar gives the same characters as reading it as a `String`.
struct ScalarFoldTable: Sendable {
    static let limit: UInt32 = 0x530
    static let shared = ScalarFoldTable()

    /// Folded scalars of scalar `s` are `folded[starts[s]..<starts[s + 1]]`.
    private let starts: [Int]
    private let folded: [Unicode.Scalar]
    /// Whether each folded scalar is a letter or a number.
    private let isWord: [Bool]
    private let usable: [Bool]

    private init() {
        var starts: [Int] = [0]
        var folded: [Unicode.Scalar] = []
        var isWord: [Bool] = []
        var usable: [Bool] = []
        for value in 0..<Self.limit {
            var out = String.UnicodeScalarView()
            var standsAlone = true
            if let scalar = Unicode.Scalar(value) {
                TextFolding.appendFolded(scalar, to: &out)
            }
            for piece in out {
                let character = Character(piece)
                let alone = ("a" + String(piece)).count == 2 && (String(piece) + "a").count == 2
                standsAlone = standsAlone && alone && piece.value < Self.limit
                folded.append(piece)
                isWord.append(character.isLetter || character.isNumber)
            }
            starts.append(folded.count)
            usable.append(standsAlone)
        }
        self.starts = starts
        self.folded = folded
        self.isWord = isWord
        self.usable = usable
    }

    /// Calls `body` with each scalar `scalar` folds to and whether it is a letter or number;
    /// returns false (calling nothing) when the scalar is outside the table or not usable.
    func forEachFolded(_ scalar: Unicode.Scalar, _ body: (Unicode.Scalar, Bool) -> Void) -> Bool {
        let value = Int(scalar.value)
        guard value < usable.count, usable[value] else { return false }
        for index in starts[value]..<starts[value + 1] {
            body(folded[index], isWord[index])
        }
        return true
    }

    /// Whether every scalar of `text` is in the table and usable.
    func covers(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < Self.limit && usable[Int($0.value)] }
    }
}
