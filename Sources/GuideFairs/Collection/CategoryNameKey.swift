/// What categories of different fairs are merged by: the words of the name, case, accents and
/// punctuation ignored (`FairConverter.categoryKey`), "&" and "and" ignored, and each word in its
/// singular ("Armoured Vehicles" = "armoured vehicle"; "Accessories" = "accessory"). Lists of
/// 600 fairs spell one category many ways ("C4ISR", "C4ISR & Command Systems", "Command Systems and
/// C4ISR" stay apart; "Radars" and "RADAR" do not); the spellings are kept as the category's
/// other names.
enum CategoryNameKey {
    static func key(_ name: String) -> String {
        FairConverter.categoryKey(name).split(separator: " ")
            .filter { $0 != "and" }
            .map(singular)
            .joined(separator: " ")
    }

    /// English plural endings taken off a folded word; short words, and words ending in -ss,
    /// -us or -is (glass, campus, analysis), are left as they are.
    static func singular(_ word: Substring) -> String {
        let text = String(word)
        guard text.count >= 4, text.allSatisfy(\.isASCII) else { return text }
        if text.hasSuffix("ies") { return String(text.dropLast(3)) + "y" }
        for ending in ["sses", "ches", "shes", "xes"] where text.hasSuffix(ending) { return String(text.dropLast(2)) }
        if text.hasSuffix("ss") || text.hasSuffix("us") || text.hasSuffix("is") { return text }
        if text.hasSuffix("s") { return String(text.dropLast()) }
        return text
    }
}
