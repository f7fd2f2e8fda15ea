/// Country names people and organisers' lists write that ISO 3166-1 does not give: short forms,
/// older names, abbreviations, the UK's nations. Each is folded like any name (case, accents,
/// dots and apostrophes ignored, "&" read as "and", a leading "the" dropped), so "U.S.A.",
/// "TÜRKİYE" and "The Netherlands" need no entries of their own.
///
/// Only unambiguous names are here: "Korea" alone is South Korea, as on every trade-fair list;
/// "Republic of China" and "Congo" alone are left out (each could be two countries), as are
/// groupings such as "European Union", which stay as text.
enum CountryNameVariants {
    static let names: [(name: String, code: String)] = [
        ("Turkey", "TR"), ("Turkiye", "TR"), ("Republic of Turkey", "TR"),
        ("Russia", "RU"), ("Russian Federation", "RU"),
        ("UK", "GB"), ("Great Britain", "GB"), ("Britain", "GB"), ("England", "GB"), ("Scotland", "GB"),
        ("Wales", "GB"), ("Northern Ireland", "GB"),
        ("USA", "US"), ("US", "US"), ("United States of America", "US"), ("America", "US"),
        ("Korea", "KR"), ("Korea South", "KR"), ("South Korea", "KR"), ("Republic of Korea", "KR"), ("ROK", "KR"),
        ("Korea North", "KP"), ("DPRK", "KP"), ("DPR Korea", "KP"),
        ("Czech Republic", "CZ"), ("Czechia", "CZ"),
        ("UAE", "AE"), ("Emirates", "AE"),
        ("Iran", "IR"), ("Islamic Republic of Iran", "IR"),
        ("Ivory Coast", "CI"),
        ("Macedonia", "MK"), ("Macedonia the former Yugoslav Republic of", "MK"),
        ("Former Yugoslav Republic of Macedonia", "MK"), ("FYROM", "MK"), ("Republic of Macedonia", "MK"),
        ("Holland", "NL"),
        ("Burma", "MM"), ("Swaziland", "SZ"), ("Cape Verde", "CV"), ("East Timor", "TL"),
        ("Vatican", "VA"), ("Holy See", "VA"),
        ("Bosnia", "BA"), ("Bosnia Herzegovina", "BA"),
        ("Slovak Republic", "SK"), ("Kyrgyz Republic", "KG"),
        ("PRC", "CN"), ("PR China", "CN"), ("P R China", "CN"), ("China PR", "CN"), ("Mainland China", "CN"),
        ("Hong Kong SAR", "HK"), ("Hong Kong China", "HK"), ("Hong Kong SAR China", "HK"),
        ("Macau", "MO"), ("Macao SAR", "MO"),
        ("Taiwan ROC", "TW"), ("Chinese Taipei", "TW"),
        ("Lao PDR", "LA"), ("Libyan Arab Jamahiriya", "LY"), ("Syrian Arab Republic", "SY"),
        ("Viet Nam", "VN"), ("Brunei Darussalam", "BN"),
        ("Democratic Republic of Congo", "CD"), ("DR Congo", "CD"), ("DRC", "CD"), ("Congo Kinshasa", "CD"),
        ("Republic of Congo", "CG"), ("Congo Brazzaville", "CG"),
        ("Palestinian Territories", "PS"), ("Trinidad", "TT"), ("Saint Kitts", "KN"), ("St Kitts and Nevis", "KN"),
        ("St Lucia", "LC"), ("St Vincent and the Grenadines", "VC"),
        ("Republic of Azerbaijan", "AZ"), ("Republic of Belarus", "BY"), ("Republic of Serbia", "RS"),
        ("Republic of Poland", "PL"), ("Kingdom of Saudi Arabia", "SA"), ("KSA", "SA"),
        ("Kosovo", "XK"),
    ]

    /// Kosovo has no ISO 3166-1 code; XK is the user-assigned code the EU, the IMF and most data
    /// sets use for it.
    static let extraCountries: [(code: String, name: String)] = [("XK", "Kosovo")]
}
