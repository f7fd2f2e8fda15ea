/// The countries exhibitors come from: real ISO 3166-1 alpha-2 codes and English short names, with
/// the other names people type when searching ("Turkey", "Deutschland", "中国").
enum CountryTable {
    struct Entry {
        let code: String
        let name: String
        let altNames: [String]
    }

    static let all: [Entry] = [
        Entry(code: "AZ", name: "Azerbaijan", altNames: ["Azərbaycan"]),
        Entry(code: "TR", name: "Türkiye", altNames: ["Turkey", "Türkei"]),
        Entry(code: "RU", name: "Russia", altNames: ["Russian Federation", "Россия"]),
        Entry(code: "UA", name: "Ukraine", altNames: ["Україна"]),
        Entry(code: "BY", name: "Belarus", altNames: ["Беларусь"]),
        Entry(code: "KZ", name: "Kazakhstan", altNames: ["Қазақстан", "Казахстан"]),
        Entry(code: "UZ", name: "Uzbekistan", altNames: ["Oʻzbekiston"]),
        Entry(code: "TM", name: "Turkmenistan", altNames: ["Türkmenistan"]),
        Entry(code: "KG", name: "Kyrgyzstan", altNames: ["Kyrgyz Republic"]),
        Entry(code: "TJ", name: "Tajikistan", altNames: []),
        Entry(code: "GE", name: "Georgia", altNames: ["საქართველო", "Sakartvelo"]),
        Entry(code: "DE", name: "Germany", altNames: ["Deutschland"]),
        Entry(code: "AT", name: "Austria", altNames: ["Österreich"]),
        Entry(code: "CH", name: "Switzerland", altNames: ["Schweiz", "Suisse"]),
        Entry(code: "FR", name: "France", altNames: []),
        Entry(code: "BE", name: "Belgium", altNames: ["België", "Belgique"]),
        Entry(code: "NL", name: "Netherlands", altNames: ["Holland", "Nederland"]),
        Entry(code: "IT", name: "Italy", altNames: ["Italia"]),
        Entry(code: "ES", name: "Spain", altNames: ["España"]),
        Entry(code: "PT", name: "Portugal", altNames: []),
        Entry(code: "GB", name: "United Kingdom", altNames: ["UK", "Great Britain", "Britain"]),
        Entry(code: "IE", name: "Ireland", altNames: ["Éire"]),
        Entry(code: "US", name: "United States", altNames: ["USA", "United States of America"]),
        Entry(code: "CA", name: "Canada", altNames: []),
        Entry(code: "BR", name: "Brazil", altNames: ["Brasil"]),
        Entry(code: "AR", name: "Argentina", altNames: []),
        Entry(code: "MX", name: "Mexico", altNames: ["México"]),
        Entry(code: "PL", name: "Poland", altNames: ["Polska"]),
        Entry(code: "CZ", name: "Czechia", altNames: ["Czech Republic", "Česko"]),
        Entry(code: "SK", name: "Slovakia", altNames: ["Slovensko"]),
        Entry(code: "HU", name: "Hungary", altNames: ["Magyarország"]),
        Entry(code: "RO", name: "Romania", altNames: ["România"]),
        Entry(code: "BG", name: "Bulgaria", altNames: ["България"]),
        Entry(code: "RS", name: "Serbia", altNames: ["Србија", "Srbija"]),
        Entry(code: "GR", name: "Greece", altNames: ["Ελλάδα", "Hellas"]),
        Entry(code: "SE", name: "Sweden", altNames: ["Sverige"]),
        Entry(code: "NO", name: "Norway", altNames: ["Norge"]),
        Entry(code: "FI", name: "Finland", altNames: ["Suomi"]),
        Entry(code: "DK", name: "Denmark", altNames: ["Danmark"]),
        Entry(code: "EE", name: "Estonia", altNames: ["Eesti"]),
        Entry(code: "LT", name: "Lithuania", altNames: ["Lietuva"]),
        Entry(code: "LV", name: "Latvia", altNames: ["Latvija"]),
        Entry(code: "IL", name: "Israel", altNames: []),
        Entry(code: "AE", name: "United Arab Emirates", altNames: ["UAE", "Emirates"]),
        Entry(code: "SA", name: "Saudi Arabia", altNames: ["KSA"]),
        Entry(code: "QA", name: "Qatar", altNames: []),
        Entry(code: "JO", name: "Jordan", altNames: []),
        Entry(code: "EG", name: "Egypt", altNames: []),
        Entry(code: "PK", name: "Pakistan", altNames: []),
        Entry(code: "IN", name: "India", altNames: ["Bharat"]),
        Entry(code: "CN", name: "China", altNames: ["中国", "People's Republic of China"]),
        Entry(code: "JP", name: "Japan", altNames: ["日本", "Nippon"]),
        Entry(code: "KR", name: "South Korea", altNames: ["Korea", "Republic of Korea", "대한민국"]),
        Entry(code: "SG", name: "Singapore", altNames: []),
        Entry(code: "ID", name: "Indonesia", altNames: []),
        Entry(code: "MY", name: "Malaysia", altNames: []),
        Entry(code: "TH", name: "Thailand", altNames: []),
        Entry(code: "VN", name: "Viet Nam", altNames: ["Vietnam"]),
        Entry(code: "AU", name: "Australia", altNames: []),
        Entry(code: "ZA", name: "South Africa", altNames: []),
        Entry(code: "NG", name: "Nigeria", altNames: []),
    ]

    /// English-language company names are spread over these, with the legal form usual there.
    static let englishSpeaking: [(code: String, legal: [String])] = [
        ("GB", ["Ltd", "PLC", "Ltd"]), ("US", ["Inc.", "LLC", "Corp."]), ("CA", ["Inc.", "Ltd."]),
        ("AU", ["Pty Ltd"]), ("IE", ["Ltd"]), ("IL", ["Ltd"]), ("AE", ["FZ-LLC", "LLC"]), ("SA", ["Co."]),
        ("QA", ["W.L.L."]), ("JO", ["Co."]), ("EG", ["S.A.E."]), ("PK", ["(Pvt.) Ltd."]), ("IN", ["Pvt. Ltd.", "Limited"]),
        ("SG", ["Pte. Ltd."]), ("MY", ["Sdn. Bhd."]), ("TH", ["Co., Ltd."]), ("VN", ["JSC"]), ("ZA", ["(Pty) Ltd"]),
        ("NG", ["Ltd"]), ("NL", ["B.V."]), ("BE", ["NV"]), ("DK", ["A/S"]), ("FI", ["Oy"]), ("EE", ["OÜ"]),
        ("LT", ["UAB"]), ("LV", ["SIA"]), ("GE", ["LLC"]), ("UZ", ["LLC"]), ("KZ", ["LLP"]), ("TM", ["HJ"]),
        ("KG", ["LLC"]), ("TJ", ["LLC"]), ("SK", ["s.r.o."]), ("RO", ["S.R.L."]), ("BG", ["EOOD", "AD"]),
        ("RS", ["d.o.o."]), ("BR", ["Ltda."]), ("AR", ["S.A."]), ("MX", ["S.A. de C.V."]), ("ID", ["PT"]),
    ]

    /// "the Netherlands", "the United States", but "Japan".
    static func withArticle(_ name: String) -> String {
        name.hasPrefix("United") || name == "Netherlands" ? "the " + name : name
    }

    static func name(of code: String) -> String {
        all.first { $0.code == code }?.name ?? code
    }
}
