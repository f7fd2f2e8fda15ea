/// Rules for ids in data files: lowercase slugs, so they are easy to type on a command line.
public enum Identifiers {
    /// `^[a-z0-9]+(-[a-z0-9]+)*$`
    public static func isValidID(_ text: String) -> Bool {
        var previousWasHyphen = true
        var sawAny = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
                sawAny = true
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return sawAny && !previousWasHyphen
    }

    /// ISO 3166-1 alpha-2 shape: two upper-case ASCII letters.
    public static func isCountryCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 2 && bytes.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }
}
