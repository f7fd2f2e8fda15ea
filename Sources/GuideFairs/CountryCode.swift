/// Country codes as the edition history compares them.
enum CountryCode {
    /// Upper-cased, spaces removed; nil for nil or blank, which means "not known".
    static func normalised(_ code: String?) -> String? {
        guard let code else { return nil }
        // The usual case, "TR": returned as it is.
        let utf8 = code.utf8
        if utf8.count == 2 && utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) { return code }
        let kept = code.unicodeScalars.filter { !$0.properties.isWhitespace }
        return kept.isEmpty ? nil : String(String.UnicodeScalarView(kept)).uppercased()
    }
}
