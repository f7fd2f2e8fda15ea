@testable import GuideFairs
import Testing

/// The duplicate rule, pinned: pairs from the samples that are, and are not, one company.
struct CompanyNameKeyTests {
    static let same: [(String, String)] = [
        // ADEX 2024: five of the seven double spellings the project's facts file merges by hand.
        ("\"AZERSILAH\" DEFENSE INDUSTRY HOLDING - CLOSED JOINT STOCK COMPANY", "\"AZERSILAH\" DEFENSE İNDUSTRY HOLDING\" - CLOSED JOINT STOCK COMPANY"),
        ("DEFENSE HERE", "DEFENSEHERE"),
        ("ELBIT SYSTEMS", "ELBIT SYSTEMS LTD"),
        ("MINISTRY OF DEFENSE OF THE REPUBLIC OF AZERBAIJAN", "MINISTRY OF THE DEFENSE OF THE REPUBLIC OF AZERBAIJAN"),
        ("UVISION AIR LTD", "UVISION AIR LTD."),
        // Other fairs.
        ("Aimpoint", "Aimpoint AB"), ("CybExer Technologies", "CybExer Technologies OÜ"), ("NOVAE", "NOVAE"),
        ("FUTURE METALS", "FUTURE METALS LLC"), ("AEROSPACE LAB", "AEROSPACELAB"),
        ("ASELSAN A.Ş.", "Aselsan AS"), ("ABM MAKİNE SAN. VE TİC. A.Ş.", "ABM Makine"),
        ("Rheinmetall AG", "RHEINMETALL A.G."), ("Saab", "SAAB AB"), ("Smith & Wesson", "Smith and Wesson"),
        ("АО Рыбинская верфь", "Rybinskaya Verf"), ("PT PINDAD", "Pindad"),
    ]

    static let different: [(String, String)] = [
        ("RÖHM GMBH", "RÖHM SARL"),                     // two legal forms: two companies
        ("DESTINUS SA", "DESTINUS SAS"),
        ("SUMGAYİT TECHNOLOGİES PARK LLC", "SUMQAYIT TECHNOLOGIES PARK"), // another spelling: left apart
        ("TURKISH AEROSPACE INDUSTRIES - TAI", "TURKISH AEROSPACE INDUSTRIES INC."),
        ("ASELSAN", "ASELSAN KONYA"),
        ("Elbit Systems", "Elbit Systems Land"),
        ("LTD", "LIMITED"),                             // nothing but a legal form: never emptied
        ("---", "***"),                                  // no letters at all: never merged
    ]

    @Test func sameCompany() {
        for (a, b) in Self.same {
            #expect(CompanyNameKey(a).isSameCompany(as: CompanyNameKey(b)), "\(a) | \(b)")
            #expect(CompanyNameKey(b).isSameCompany(as: CompanyNameKey(a)), "\(b) | \(a)")
        }
    }

    @Test func differentCompanies() {
        for (a, b) in Self.different {
            #expect(!CompanyNameKey(a).isSameCompany(as: CompanyNameKey(b)), "\(a) | \(b)")
        }
    }

    @Test func theKeyShowsItsWorking() {
        let key = CompanyNameKey("3E ELEKTRO OPTİK SİSTEMLER SANAYİ VE TİCARET LTD. ŞTİ.")
        #expect(key.core == "3eelektrooptiksistemler")
        #expect(key.legalForms == ["sanayi ve ticaret", "ltd sti"])
    }

    @Test func formsAtBothEndsKeepTheirOrder() {
        let key = CompanyNameKey("AO PT ACME CO LTD STI")
        #expect(key.core == "acme")
        #expect(key.legalForms == ["pt", "ao", "co", "ltd sti"])
    }

    /// A name that is mostly legal forms (hostile data): every one is taken off, in order, and the
    /// name keeps its last word.
    @Test func aNameOfThousandsOfFormsIsStillTakenApart() {
        let count = 20_000
        let key = CompanyNameKey(String(repeating: "AO ", count: count) + "ACME" + String(repeating: " LTD", count: count))
        #expect(key.core == "acme")
        #expect(key.legalForms.count == 2 * count)
        #expect(key.legalForms.prefix(count).allSatisfy { $0 == "ao" } && key.legalForms.suffix(count).allSatisfy { $0 == "ltd" })
    }
}
