/// Legal forms as exhibitor lists write them, and the other ways the same company's form is
/// written at another fair ("Ltd" / "LTD." / "Limited", "A.Ş." / "AŞ" / "A.S."), so one company
/// listed at several fairs differs there the way real lists differ: the cases the guide's
/// edition matching must see through (legal form dropped, added or spelled otherwise).
enum LegalForm {
    /// Forms written after the name, longest first so "GmbH & Co. KG" wins over "KG".
    static let trailing: [String] = [
        "GmbH & Co. KG", "S.A. de C.V.", "Sp. z o.o.", "Ltd. Şti.", "Co., Ltd.", "(Pvt.) Ltd.", "(Pty) Ltd", "Pty Ltd",
        "Pvt. Ltd.", "Pte. Ltd.", "Sdn. Bhd.", "FZ-LLC", "S.p.A.", "S.r.l.", "S.R.L.", "S.A.E.", "W.L.L.", "d.o.o.",
        "s.r.o.", "a.s.", "Kft.", "Zrt.", "Lda.", "Ltda.", "S.L.", "S.A.", "A.Ş.", "Α.Ε.", "GmbH", "SARL", "SAS", "Inc.",
        "Corp.", "Ltd.", "Ltd", "Limited", "LLC", "LLP", "PLC", "JSC", "EOOD", "B.V.", "A/S", "MMC", "ASC", "QSC", "UAB",
        "SIA", "Co.", "AG", "KG", "SA", "AS", "AB", "NV", "Oy", "OÜ", "HJ", "AD",
    ]

    /// Forms written before the name.
    static let leading: [String] = ["PT", "АО", "ООО", "ПАО", "ТОВ", "ПрАТ", "ДП"]

    /// `name` cut into a leading form, the rest, and a trailing form (each form only when it is a
    /// whole word at that end and something is left).
    static func split(_ name: String) -> (leading: String?, core: String, trailing: String?) {
        var core = name
        var front: String?
        var back: String?
        for (form, suffix) in spacedTrailing where core.utf8.count > suffix.utf8.count && core.hasSuffix(suffix) {
            back = form
            core = String(core.dropLast(suffix.count))
            break
        }
        for (form, prefix) in spacedLeading where core.utf8.count > prefix.utf8.count && core.hasPrefix(prefix) {
            front = form
            core = String(core.dropFirst(prefix.count))
            break
        }
        return (front, core, back)
    }

    /// Each form with the space that separates it from the name, built once.
    private static let spacedTrailing = trailing.map { ($0, " " + $0) }
    private static let spacedLeading = leading.map { ($0, $0 + " ") }

    /// Other spellings of a trailing form seen on real lists.
    static let respellings: [String: [String]] = [
        "Ltd": ["Ltd.", "LIMITED", "Limited"], "Ltd.": ["Ltd", "Limited"], "Limited": ["Ltd", "Ltd."],
        "Inc.": ["Inc", "Incorporated"], "LLC": ["L.L.C.", "LLC."], "Corp.": ["Corp", "Corporation"],
        "PLC": ["plc", "P.L.C."], "Co.": ["Co", "Company"], "Co., Ltd.": ["Co. Ltd.", "Co.,Ltd", "Co Ltd", "Company Limited"],
        "A.Ş.": ["AŞ", "A.S.", "A. Ş.", "AS"], "Ltd. Şti.": ["Ltd.Şti.", "Ltd Şti", "Limited Şirketi"],
        "GmbH": ["Gmbh", "G.m.b.H.", "GMBH"], "GmbH & Co. KG": ["GmbH & Co KG", "GmbH"], "AG": ["A.G."],
        "S.A.": ["SA", "S.A"], "SA": ["S.A."], "SAS": ["S.A.S.", "SAS."], "SARL": ["S.A.R.L.", "Sarl"],
        "S.p.A.": ["SpA", "S.P.A.", "SPA"], "S.r.l.": ["Srl", "S.R.L."], "Sp. z o.o.": ["Sp.z o.o.", "sp. z o.o.", "Sp. z.o.o."],
        "Pvt. Ltd.": ["Pvt Ltd", "Private Limited"], "(Pvt.) Ltd.": ["(Pvt) Ltd", "Pvt. Ltd."], "Pte. Ltd.": ["Pte Ltd", "PTE LTD"],
        "Pty Ltd": ["Pty. Ltd.", "(Pty) Ltd"], "(Pty) Ltd": ["(PTY) LTD", "Pty Ltd"], "Sdn. Bhd.": ["Sdn Bhd"],
        "B.V.": ["BV"], "s.r.o.": ["s. r. o.", "spol. s r.o."], "a.s.": ["a. s."], "Kft.": ["Kft"], "Zrt.": ["Zrt"],
        "JSC": ["J.S.C.", "JSC."], "MMC": ["M.M.C."], "AB": ["Aktiebolag"], "Oy": ["Oy Ab"], "S.L.": ["SL"],
        "Lda.": ["Lda"], "Ltda.": ["Ltda", "LTDA"], "S.A. de C.V.": ["SA de CV"], "W.L.L.": ["WLL"], "FZ-LLC": ["FZ LLC", "FZE"],
    ]

    /// Another spelling of `form`, or `form` itself when none is known.
    static func respelled(_ form: String, rng: inout SplitMix64) -> String {
        guard let others = respellings[form] else { return form }
        return rng.pick(others)
    }

    /// The form a list adds to a company listed elsewhere without one (the usual one of its country).
    static func usual(for country: String) -> String {
        switch country {
        case "TR": "A.Ş."
        case "AZ": "MMC"
        case "DE", "AT", "CH": "GmbH"
        case "FR", "BE": "SAS"
        case "IT": "S.p.A."
        case "PL": "Sp. z o.o."
        case "ES", "AR": "S.A."
        case "PT": "Lda."
        case "BR": "Ltda."
        case "CZ", "SK": "s.r.o."
        case "HU": "Kft."
        case "SE": "AB"
        case "NO", "DK": "AS"
        case "FI": "Oy"
        case "NL": "B.V."
        case "US", "CA": "Inc."
        case "IN": "Pvt. Ltd."
        case "CN", "JP", "KR", "TH": "Co., Ltd."
        case "RU", "BY", "KZ", "UA", "UZ", "GE": "JSC"
        default: "Ltd"
        }
    }
}
