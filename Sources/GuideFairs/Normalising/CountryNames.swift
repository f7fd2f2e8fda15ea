import Foundation
import GuideModel

/// Country names to ISO 3166-1 alpha-2 codes and back, folding case, accents and punctuation
/// ("TÜRKİYE", "Turkey", "Turkiye" and "Türkiye" are all TR; "U.S.A." is US).
public enum CountryNames {
    /// The code a name stands for, or nil when it names no country this table knows.
    public static func code(forName name: String) -> String? {
        // Most texts asked about are addresses: longer than any country's name, found so without
        // folding them (a quarter of opening a folder of fairs went into folding addresses).
        guard !hasMoreLettersThanAnyKey(name) else { return nil }
        let key = key(name)
        return key.isEmpty ? nil : codesByKey[key]
    }

    /// Whether `name` has more ASCII letters and digits than any key has characters: folding
    /// keeps each of them as a letter or digit of the key, so such a name is no country's.
    static func hasMoreLettersThanAnyKey(_ name: String) -> Bool {
        let limit = longestKey
        guard name.utf8.count > limit else { return false }
        var count = 0
        for byte in name.utf8 where (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 {
            count += 1
            if count > limit { return true }
        }
        return false
    }

    /// Characters of the longest key (spaces included).
    static let longestKey = codesByKey.keys.map { $0.unicodeScalars.count }.max() ?? 0

    /// The name shown for a code ("TR" -> "Türkiye"), or nil for a code that is not a country.
    public static func name(forCode code: String) -> String? { namesByCode[code] }

    public static func isKnownCode(_ code: String) -> Bool { namesByCode[code] != nil }

    /// Other names of the country people type: ISO's (but not its inverted "Korea, Republic of"
    /// forms) and the usual variants ("Turkey", "UK", "USA").
    public static func otherNames(forCode code: String) -> [String] {
        let iso = ISOCountryTable.rows.first { $0.code == code }?.isoNames.filter { !$0.contains(",") } ?? []
        return iso + CountryNameVariants.names.filter { $0.code == code }.map(\.name)
    }

    /// The time zone of the whole country, when it keeps one time (see `ISOCountryTable`), by the
    /// first of its names this platform knows (the `adex-guide/1` loader accepts no other).
    public static func timeZone(forCode code: String) -> String? { timeZonesByCode[code] }

    /// What names are compared by: folded words separated by single spaces, dots and apostrophes
    /// dropped inside words ("U.S.A." is "usa", "Côte d'Ivoire" "cote divoire"), "&" read as
    /// "and", a leading "the" dropped.
    public static func key(_ name: String) -> String {
        if let key = asciiKey(name) { return key }
        return foldedKey(name)
    }

    /// `key` by folding and splitting: the general path, for any script.
    static func foldedKey(_ name: String) -> String {
        var words = FairText.words(ofFolded: TextFolding.fold(name))
        if words.count > 1, words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// `key` of a plain ASCII name in one pass over its bytes (most addresses and names are):
    /// nil for anything else. Tested against `foldedKey`.
    static func asciiKey(_ name: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var wordOpen = false
        for byte in name.utf8 {
            switch byte {
            case 0x80...:
                return nil
            case 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
                if !wordOpen {
                    if !out.isEmpty { out.append(0x20) }
                    wordOpen = true
                }
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            case UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            case UInt8(ascii: "&"):
                if !out.isEmpty { out.append(0x20) }
                out.append(contentsOf: "and".utf8)
                wordOpen = false
            default:
                wordOpen = false
            }
        }
        // A leading "the" dropped, when more words follow.
        if out.count > 4, out[0] == UInt8(ascii: "t"), out[1] == UInt8(ascii: "h"), out[2] == UInt8(ascii: "e"), out[3] == 0x20 {
            out.removeFirst(4)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Every name of every country, keyed; the first name claiming a key keeps it (the test
    /// `noNameStandsForTwoCountries` checks none is claimed twice).
    static let codesByKey: [String: String] = {
        var table: [String: String] = [:]
        for row in ISOCountryTable.rows {
            for name in [row.name] + row.isoNames where table[key(name)] == nil {
                table[key(name)] = row.code
            }
        }
        for (name, code) in CountryNameVariants.extraCountries.map({ ($0.name, $0.code) }) + CountryNameVariants.names
        where table[key(name)] == nil {
            table[key(name)] = code
        }
        return table
    }()

    static let namesByCode: [String: String] = {
        var table = Dictionary(ISOCountryTable.rows.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        for extra in CountryNameVariants.extraCountries { table[extra.code] = extra.name }
        return table
    }()

    private static let timeZonesByCode: [String: String] = {
        let known = Set(TimeZone.knownTimeZoneIdentifiers)
        return Dictionary(ISOCountryTable.rows.compactMap { row in
            row.timeZones.first { known.contains($0) && TimeZone(identifier: $0) != nil }.map { (row.code, $0) }
        }, uniquingKeysWith: { first, _ in first })
    }()

    /// Every (name, code) pair the table knows, for tests that look for ambiguities.
    static var allNames: [(name: String, code: String)] {
        ISOCountryTable.rows.flatMap { row in ([row.name] + row.isoNames).map { ($0, row.code) } }
            + CountryNameVariants.extraCountries.map { ($0.name, $0.code) } + CountryNameVariants.names
    }
}
