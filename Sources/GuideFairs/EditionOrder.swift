import GuideModel

/// The order of editions everywhere in the edition history: by series (folded, so "ADEX" and
/// "Adex" are one), then year (unknown last), then the edition's name with numbers compared as
/// numbers ("9" before "10"), then id. It depends only on the editions, never on input order.
enum EditionOrder {
    static func seriesKey(_ series: String) -> String {
        TextFolding.sortKey(series)
    }

    static func areInIncreasingOrder(_ a: EditionInput, _ b: EditionInput) -> Bool {
        let seriesA = seriesKey(a.series)
        let seriesB = seriesKey(b.series)
        if seriesA != seriesB { return seriesA < seriesB }
        return isWithinSeriesBefore(a, b)
    }

    /// The order inside one series.
    static func isWithinSeriesBefore(_ a: EditionInput, _ b: EditionInput) -> Bool {
        let yearA = a.year ?? Int.max
        let yearB = b.year ?? Int.max
        if yearA != yearB { return yearA < yearB }
        let edition = naturalCompare(a.edition, b.edition)
        if edition != 0 { return edition < 0 }
        if a.id != b.id { return a.id < b.id }
        return a.name < b.name
    }

    /// -1, 0 or 1: text compared piece by piece, runs of ASCII digits as numbers.
    static func naturalCompare(_ a: String, _ b: String) -> Int {
        let piecesA = pieces(a)
        let piecesB = pieces(b)
        for (pieceA, pieceB) in zip(piecesA, piecesB) where pieceA != pieceB {
            switch (pieceA, pieceB) {
            case let (.number(x), .number(y)):
                // Compare by length first (no leading zeros issue for overflow), then digits.
                let trimmedX = x.drop { $0 == "0" }
                let trimmedY = y.drop { $0 == "0" }
                if trimmedX.count != trimmedY.count { return trimmedX.count < trimmedY.count ? -1 : 1 }
                if trimmedX != trimmedY { return trimmedX < trimmedY ? -1 : 1 }
                return x < y ? -1 : 1
            case let (.text(x), .text(y)):
                return x < y ? -1 : 1
            case (.number, .text):
                return -1
            case (.text, .number):
                return 1
            }
        }
        if piecesA.count != piecesB.count { return piecesA.count < piecesB.count ? -1 : 1 }
        return 0
    }

    private enum Piece: Equatable {
        case number(Substring)
        case text(Substring)
    }

    private static func pieces(_ text: String) -> [Piece] {
        var result: [Piece] = []
        var start = text.startIndex
        while start < text.endIndex {
            let isDigit = text[start].isASCII && text[start].isNumber
            var end = text.index(after: start)
            while end < text.endIndex, (text[end].isASCII && text[end].isNumber) == isDigit {
                end = text.index(after: end)
            }
            result.append(isDigit ? .number(text[start..<end]) : .text(text[start..<end]))
            start = end
        }
        return result
    }
}
