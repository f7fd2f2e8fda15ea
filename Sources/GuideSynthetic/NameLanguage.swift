/// The language (and so the script and naming habits) an exhibitor's name is made in, with the
/// countries that go with it. The weights give a show in Baku its usual mix: many Azerbaijani and
/// Turkish names, a broad international field, some Cyrillic and some CJK.
enum NameLanguage: Int, CaseIterable {
    case azerbaijani
    case turkish
    case russian
    case ukrainian
    case german
    case french
    case polish
    case italian
    case czech
    case hungarian
    case nordic
    case iberian
    case greek
    case chinese
    case japanese
    case korean
    case english

    /// Relative frequency, per mille of exhibitors.
    var weight: Int {
        switch self {
        case .azerbaijani: 200
        case .turkish: 165
        case .russian: 60
        case .ukrainian: 25
        case .german: 50
        case .french: 30
        case .polish: 25
        case .italian: 20
        case .czech: 8
        case .hungarian: 8
        case .nordic: 12
        case .iberian: 15
        case .greek: 6
        case .chinese: 40
        case .japanese: 15
        case .korean: 15
        case .english: 286
        }
    }

    static let weights = allCases.map(\.weight)

    /// Countries for names in this language, with relative weights; English names use
    /// `CountryTable.englishSpeaking` instead.
    var countries: [(code: String, weight: Int)] {
        switch self {
        case .azerbaijani: [("AZ", 1)]
        case .turkish: [("TR", 1)]
        case .russian: [("RU", 70), ("BY", 15), ("KZ", 15)]
        case .ukrainian: [("UA", 1)]
        case .german: [("DE", 75), ("AT", 15), ("CH", 10)]
        case .french: [("FR", 80), ("BE", 10), ("CH", 10)]
        case .polish: [("PL", 1)]
        case .italian: [("IT", 1)]
        case .czech: [("CZ", 1)]
        case .hungarian: [("HU", 1)]
        case .nordic: [("NO", 1), ("SE", 1)]
        case .iberian: [("ES", 4), ("PT", 2), ("BR", 2), ("AR", 1), ("MX", 1)]
        case .greek: [("GR", 1)]
        case .chinese: [("CN", 1)]
        case .japanese: [("JP", 1)]
        case .korean: [("KR", 1)]
        case .english: []
        }
    }
}
