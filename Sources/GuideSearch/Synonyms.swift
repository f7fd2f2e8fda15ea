/// Abbreviations visitors type for words the organisers spell out ("uav" for the category
/// "Unmanned vehicles"). Deliberately small and domain-specific: each entry is an abbreviation in
/// common use at defence and security fairs, mapped to the word that appears in names.
enum Synonyms {
    static let table: [String: [String]] = [
        "uav": ["unmanned"], "uas": ["unmanned"], "ucav": ["unmanned"], "ugv": ["unmanned"], "usv": ["unmanned"],
        "drone": ["unmanned"], "drones": ["unmanned"],
        "mbt": ["tank"], "apc": ["armoured", "armored"], "ifv": ["armoured", "armored"],
        "ew": ["electronic warfare", "radio electronic"], "cbrn": ["chemical biological"],
        "sam": ["air defence", "air defense"], "cctv": ["video surveillance"],
        "armored": ["armoured"], "armoured": ["armored"], "defense": ["defence"], "defence": ["defense"],
    ]

    /// Extra folded spellings for a folded query word.
    static func alternatives(for word: [UInt8]) -> [[UInt8]] {
        (table[String(decoding: word, as: UTF8.self)] ?? []).map { Array($0.utf8) }
    }
}
