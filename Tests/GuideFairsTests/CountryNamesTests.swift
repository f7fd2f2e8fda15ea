import Foundation
@testable import GuideFairs
import GuideModel
import GuideTestSupport
import Testing

/// The country table: the variants organisers' lists really use, folded, and no name standing
/// for two countries.
struct CountryNamesTests {
    static let variants: [(String, String?)] = [
        ("Türkiye", "TR"), ("Turkey", "TR"), ("Turkiye", "TR"), ("TÜRKİYE", "TR"), ("TÜRKIYE", "TR"), ("TURKEY", "TR"),
        ("Republic of Türkiye", "TR"),
        ("Russian Federation", "RU"), ("Russia", "RU"), ("RUSSIA", "RU"),
        ("UK", "GB"), ("U.K.", "GB"), ("United Kingdom", "GB"), ("UNITED KINGDOM", "GB"), ("Great Britain", "GB"), ("England", "GB"),
        ("United Kingdom of Great Britain and Northern Ireland", "GB"),
        ("USA", "US"), ("U.S.A.", "US"), ("United States", "US"), ("United States of America", "US"), ("UNITED STATES", "US"),
        ("South Korea", "KR"), ("Korea, Republic of", "KR"), ("Republic of Korea", "KR"), ("SOUTH KOREA", "KR"), ("Korea", "KR"),
        ("North Korea", "KP"), ("Korea, Democratic People's Republic of", "KP"),
        ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("CZECH REPUBLIC", "CZ"),
        ("UAE", "AE"), ("United Arab Emirates", "AE"), ("UNITED ARAB EMIRATES", "AE"),
        ("Iran", "IR"), ("Islamic Republic of Iran", "IR"), ("Iran, Islamic Republic of", "IR"),
        ("Macedonia, the former Yugoslav Republic of", "MK"), ("North Macedonia", "MK"), ("NORTH MACEDONIA", "MK"),
        ("Ivory Coast", "CI"), ("IVORY COAST", "CI"), ("Côte d'Ivoire", "CI"), ("Cote d’Ivoire", "CI"),
        ("The Netherlands", "NL"), ("Netherlands", "NL"), ("Holland", "NL"),
        ("Bosnia and Herzegovina", "BA"), ("Bosnia & Herzegovina", "BA"), ("Bosnia-Herzegovina", "BA"),
        ("Viet Nam", "VN"), ("Vietnam", "VN"), ("Taiwan", "TW"), ("Hong Kong", "HK"), ("Kosovo", "XK"),
        ("Azerbaijan", "AZ"), ("Azərbaycan", nil), ("  France  ", "FR"), ("FRANCE", "FR"), ("IRELAND", "IE"),
        ("European Union", nil), ("EUROPEAN UNION", nil), ("Congo", "CG"), ("", nil), ("ZA", nil), ("Arizona", nil),
    ]

    @Test func theVariantsListsUseMapToTheirCodes() {
        for (name, code) in Self.variants {
            #expect(CountryNames.code(forName: name) == code, "\(name)")
        }
    }

    @Test func noNameStandsForTwoCountries() {
        var codes: [String: Set<String>] = [:]
        for (name, code) in CountryNames.allNames {
            codes[CountryNames.key(name), default: []].insert(code)
        }
        let ambiguous = codes.filter { $0.value.count > 1 }
        #expect(ambiguous.isEmpty, "\(ambiguous)")
    }

    @Test func everyCountryHasANameAndEveryTimeZoneIsKnown() throws {
        #expect(ISOCountryTable.rows.count == 249)
        #expect(CountryNames.name(forCode: "TR") == "Türkiye")
        #expect(CountryNames.name(forCode: "KR") == "South Korea")
        #expect(CountryNames.name(forCode: "XK") == "Kosovo")
        #expect(CountryNames.name(forCode: "XX") == nil)
        #expect(CountryNames.name(forCode: "CD") == "Democratic Republic of the Congo")
        for row in ISOCountryTable.rows {
            #expect(Identifiers.isCountryCode(row.code))
            #expect(!row.name.isEmpty && !row.name.hasSuffix(" of") && !row.name.hasSuffix(" the"), "\(row.code): \(row.name)")
            // Every zone the table gives is one this platform (and so the loader) knows, by one of its names.
            if !row.timeZones.isEmpty {
                let zone = try #require(CountryNames.timeZone(forCode: row.code), "\(row.code): \(row.timeZones)")
                #expect(TimeZone.knownTimeZoneIdentifiers.contains(zone))
            }
        }
        #expect(CountryNames.timeZone(forCode: "IN").map { ["Asia/Kolkata", "Asia/Calcutta"].contains($0) } == true)
    }

    @Test func timeZonesOnlyWhereTheWholeCountryKeepsOneTime() {
        #expect(CountryNames.timeZone(forCode: "AZ") == "Asia/Baku")
        #expect(CountryNames.timeZone(forCode: "TR") == "Europe/Istanbul")
        #expect(CountryNames.timeZone(forCode: "GB") == "Europe/London")
        #expect(CountryNames.timeZone(forCode: "FR") == "Europe/Paris")
        #expect(CountryNames.timeZone(forCode: "DE") == "Europe/Berlin")
        #expect(CountryNames.timeZone(forCode: "CN") == "Asia/Shanghai")
        for several in ["US", "RU", "AU", "BR", "CA", "ES", "PT", "MX", "ID"] {
            #expect(CountryNames.timeZone(forCode: several) == nil, "\(several)")
        }
    }

    @Test func otherNamesAreWhatPeopleType() {
        let turkey = CountryNames.otherNames(forCode: "TR")
        #expect(turkey.contains("Turkey"))
        #expect(CountryNames.otherNames(forCode: "GB").contains("UK"))
        #expect(!CountryNames.otherNames(forCode: "KR").contains { $0.contains(",") })
    }

    /// Names too long to be a country's are turned down before folding; no name of the tables is.
    @Test func theLengthShortcutTurnsDownNoCountrysName() {
        let names = ISOCountryTable.rows.flatMap { [$0.name] + $0.isoNames } + CountryNameVariants.names.map(\.name)
            + CountryNameVariants.extraCountries.map(\.name)
        for name in names {
            #expect(!CountryNames.hasMoreLettersThanAnyKey(name), "\(name)")
            #expect(!CountryNames.hasMoreLettersThanAnyKey(name.uppercased() + " ."), "\(name)")
        }
        #expect(CountryNames.hasMoreLettersThanAnyKey("Mehmet Akif Ersoy Mahallesi 296. Caddesi Numara: 16 Yenimahalle ANKARA TÜRKİYE"))
        #expect(CountryNames.code(forName: "Mehmet Akif Ersoy Mahallesi 296. Caddesi Numara: 16 Yenimahalle ANKARA TÜRKİYE") == nil)
        // Punctuation and other scripts do not count: only ASCII letters and digits, which folding keeps.
        #expect(!CountryNames.hasMoreLettersThanAnyKey(String(repeating: ". ", count: 100) + "France"))
        #expect(CountryNames.code(forName: String(repeating: ". ", count: 100) + "France") == "FR")
        #expect(CountryNames.code(forName: "Соединённые Штаты Америки") == CountryNames.code(forName: "Соединённые Штаты Америки".uppercased()))
    }

    /// The one-pass key of ASCII names is the folded one, on the tables' names and on random text
    /// made of the characters that matter (letters, digits, dots, apostrophes, &, separators).
    @Test func theASCIIKeyIsTheFoldedKey() {
        var names = ISOCountryTable.rows.flatMap { [$0.name] + $0.isoNames } + CountryNameVariants.names.map(\.name)
        names += ["The Gambia", "the", "THE NETHERLANDS", "the the", "&", "& &", "a&b", "U.S.A.", "Côte", "  x  ", "", "'", "The&", "the&x",
                  "Thex Y", "Bosnia & Herzegovina", "ST. KITTS", "Korea, Republic of", "the\tnetherlands", "The\nGambia"]
        var random = SeededGenerator(seed: 42)
        let pieces = ["a", "Z", "7", ".", "'", "`", "&", " ", ",", "-", "\n", "the", "The ", "THE", "and"]
        for _ in 0..<2000 { names.append(random.string(from: pieces, count: random.below(12))) }
        for name in names where name.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(CountryNames.asciiKey(name) == CountryNames.foldedKey(name), "\(name.debugDescription)")
        }
        #expect(CountryNames.asciiKey("Türkiye") == nil)
    }
}
