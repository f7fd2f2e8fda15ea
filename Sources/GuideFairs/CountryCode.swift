/// Country codes as the edition history compares them.
enum CountryCode {
    /// Upper-cased, spaces removed; nil for nil or blank, which means "not known".
    static func normalised(_ code: String?) -> String? {
        guard let code else { return nil }
        let kept = code.unicodeScalars.filter { !$0.properties.isWhitespace }
        return kept.isEmpty ? nil : String(String.UnicodeScalarView(kept)).uppercased()
    }
}
