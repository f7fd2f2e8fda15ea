@testable import GuideFairs
import GuideTestSupport
import Testing

/// The keys behind each tier of the rule, word by word.
struct NameKeysTests {
    @Test(arguments: [
        ("ASELSAN A.Ş.", "aselsan as"),
        ("A. S. ASELSAN", "as aselsan"),
        ("ATA SILAH SAN.A.Ş.", "ata silah san as"),
        ("S.p.A.", "spa"),
        ("ALP.AZ", "alp az"),
        (#"JSC \"558 AIRCRAFT REPAIR PLANT\""#, "jsc 558 aircraft repair plant"),
        ("ARMY&NAVY REVIEW", "army and navy review"),
        ("O'GARA ARMORING", "ogara armoring"),
        ("`DEFENSE INITIATIVES` COMPANY", "defense initiatives company"),
        ("AZƏRBAYCAN HƏRB TARIXI MUZEYI", "azerbaycan herb tarixi muzeyi"),
        ("ООО СТИЛСОФТ", "ооо стилсофт"),
        ("CETC INTERNATIONAL CO.,LTD.", "cetc international co ltd"),
        ("  \u{7}BELL\u{1B}[31m  ", "bell 31m"),
    ])
    func foldedWords(_ name: String, _ exact: String) {
        #expect(NameKeys(name: name).exact == exact)
    }

    @Test(arguments: [
        ("CETC INTERNATIONAL CO.,LTD.", "cetc international"),
        ("HI TECH INNOVATION TEKNOLOJI VE DIŞ TICARET LTD. STI.", "hi tech innovation teknoloji ve dis ticaret"),
        ("AO РЫБИНСКАЯ ВЕРФЬ", "рыбинская верфь"),
        ("MAERSK A/S", "maersk"),
        ("RYOZO INTERNATIONAL (PVT) LTD", "ryozo international"),
        ("COMPANY \"ATE-ENGINEERING\"", "ate engineering"),
        ("TARGET ATIS EGITIM SISTEMLERI VE POLIGON URETIM PAZARLAMA SANAYI VE TICARET A.S.",
         "target atis egitim sistemleri ve poligon uretim pazarlama"),
    ])
    func legalFormsAtEitherEnd(_ name: String, _ expected: String) {
        #expect(NameKeys(name: name).legalFormIgnored == expected)
    }

    @Test(arguments: ["AS", "LTD.", "DEFENCE SYSTEMS LTD", "MEDIA", "THE COMPANY", "A LTD", ""])
    func namesWithNothingDistinctiveHaveOnlyAnExactKey(_ name: String) {
        let keys = NameKeys(name: name)
        #expect(keys.legalFormIgnored == nil)
        #expect(keys.loose == nil)
        #expect(keys.looseWordSet == nil)
    }

    @Test func anOwnAcronymIsDroppedOnlyAtAnEnd() {
        #expect(NameKeys(name: "DEFENCE EXPORT PROMOTION ORGANIZATION (DEPO)").loose == "defence export promotion organization")
        #expect(NameKeys(name: "GLOBAL INDUSTRIAL & DEFENCE SOLUTIONS (GIDS)").loose == "global industrial and defence solutions")
        #expect(NameKeys(name: "HAVELSAN TEKNOLOJI RADAR (HTR) SANAYI").loose == "havelsan teknoloji radar htr sanayi")
        #expect(NameKeys(name: "MINE ACTION AGENCY OF THE REPUBLIC OF AZERBAIJAN (ANAMA)").loose
            == "mine action agency of the republic of azerbaijan anama")
        #expect(NameKeys(name: "IAI - ISRAEL AEROSPACE INDUSTRIES").loose == "israel aerospace industries")
        #expect(NameKeys(name: "TAI TURKISH AEROSPACE").loose == "tai turkish aerospace", "initials of all other words only")
    }

    @Test func wordSetsIgnoreOrderRepeatsAndJoiningWords() {
        #expect(NameKeys(name: "MINISTRY OF THE DEFENSE OF THE REPUBLIC OF AZERBAIJAN").looseWordSet == "azerbaijan defense ministry republic")
    }

    /// The keys' own joining writes what the standard library's would, short and long words,
    /// any script.
    @Test(arguments: [[], [""], ["a"], ["a", "b"], ["ооо", "стилсофт"], ["azərbaycan", "中国航空", "x"],
                      ["a-very-long-word-beyond-the-inline-length", "and", "another"], Array(repeating: "word", count: 40)])
    func joiningAgreesWithTheStandardLibrary(_ words: [String]) {
        let joined = NameKeys.joined(words[...])
        #expect(Array(joined.utf8) == Array(words.joined(separator: " ").utf8))
        #expect(Array(NameKeys.joined(words.dropFirst()).utf8) == Array(words.dropFirst().joined(separator: " ").utf8))
    }

    /// The table-driven path for ASCII names gives the words the general, scalar-by-scalar path
    /// gives: every ASCII character between and around letters, dots and ampersands, and a table
    /// of names.
    @Test func theASCIITableAgreesWithTheGeneralPath() throws {
        var names = ["", ".", "&", "A", "A.S", "A. S.", "S.p.A.", "SAN.A.S.", "ATA SILAH SAN.A.S.", "ROHDE & SCHWARZ", "A&B", "&&",
                     "O'GARA", "`DEFENSE INITIATIVES` COMPANY", "JSC \\\"KB RADAR\\\"", "CETC INTERNATIONAL CO.,LTD.", "X.Y.Z. CORP",
                     "A.B.&.C.D", "...A...B...", "3M", "PLANT NO. 5", "U.S.A.", "AB.CD.E", "A .B", "A. .B", "\u{7}BELL\u{1B}[31m",
                     String(repeating: "LONGWORD", count: 20), String(repeating: "A.", count: 30)]
        for byte in UInt8(0)..<0x80 {
            let character = String(UnicodeScalar(byte))
            names += ["A" + character + "B", character + "X.Y", "X.Y" + character, "A." + character + ".B", "AB" + character + character + "CD"]
        }
        for file in ["adex-2022.json", "adex-2024.json"] {
            let fair = try FairReader.read(contentsOf: FairSamples.fixture(file)).fair
            names += fair.exhibitors.compactMap(\.name).filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        }
        for name in names {
            #expect(NameTokenizer.words(of: name) == NameTokenizer.wordsByScalars(of: name), "\(name)")
        }
    }

    @Test func oneEditRuleLimits() {
        #expect(OneEditRule.allows("isbir elektrik san", "ishbir elektrik san"))
        #expect(OneEditRule.allows("defense here", "defensehere"))
        #expect(!OneEditRule.allows("defense here", "defensxhere"), "a space replaced is two words changed")
        #expect(!OneEditRule.allows("abcd efghij", "abce efghij"), "the changed word is too short")
        #expect(!OneEditRule.allows("plant number 15", "plant number 16"))
        #expect(!OneEditRule.allows("roketsan", "roketsen"), "the whole name is too short")
        #expect(OneEditRule.allows("sarsilmaz silah", "sarsilmza silah"), "a swap is one edit")
    }
}
