/// One synthetic product: a model name in the exhibitor's habits ("KS-750 Falcon", "Tufan-3",
/// "Беркут-2М", "天鹰-3"), a type from the exhibitor's sub-categories and a short description.
/// A pure function of (seed, exhibitor index, product number), like `SyntheticExhibitor`.
struct SyntheticProduct {
    let id: String
    let name: String
    let type: String
    let exhibitor: String?
    let origin: String?
    let categories: [String]
    let description: String?
    let sources: [String]
    let confidence: String

    static let latinWords = [
        "Falcon", "Kestrel", "Lynx", "Tiger", "Cobra", "Viper", "Storm", "Thunder", "Arrow", "Shield",
        "Sentinel", "Hawk", "Eagle", "Wolf", "Bora", "Shamal", "Sirocco", "Orca", "Mako", "Condor",
    ]
    static let nativeWords: [NameLanguage: [String]] = [
        .azerbaijani: ["Şahin", "Qartal", "İldırım", "Tufan", "Xəzər", "Şimşək", "Qalxan", "Göy"],
        .turkish: ["Kartal", "Şimşek", "Yıldırım", "Kalkan", "Bora", "Tufan", "Doğan", "Alp"],
        .russian: ["Беркут", "Сокол", "Гроза", "Кречет", "Рубеж", "Щит"],
        .ukrainian: ["Промінь", "Чайка", "Сокіл"],
        .chinese: ["天鹰", "雷霆", "长风", "猎鹰"],
        .japanese: ["疾風", "隼", "雷鳥"],
        .korean: ["천궁", "해성", "백두"],
        .polish: ["Żbik", "Łoś", "Grot"],
        .german: ["Luchs", "Falke", "Wiesel"],
    ]
    static let numbers = [7, 12, 50, 75, 100, 120, 150, 200, 250, 300, 350, 500, 640, 750, 1000, 1200, 2000]
    static let marks = ["", "", "", "M", " Mk II", " Pro", " NG", "E", "-2", " S"]

    init(exhibitor: SyntheticExhibitor, number: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: .products, index: exhibitor.index &* 8 &+ number)
        let leaf = rng.pick(exhibitor.productLeaves)
        let type = rng.pick(leaf.productTypes)
        id = "\(exhibitor.id)-p\(number + 1)"
        let native = Self.nativeWords[exhibitor.language]
        let word = native != nil && rng.chance(perMille: 350) ? rng.pick(native!) : rng.pick(Self.latinWords)
        let figure = rng.pick(Self.numbers)
        let mark = rng.pick(Self.marks)
        name = switch rng.below(5) {
        case 0: "\(exhibitor.modelPrefix)-\(figure)\(mark)"
        case 1: "\(exhibitor.modelPrefix)-\(figure) \(word)"
        case 2: "\(word)-\(rng.int(in: 1...9))\(mark.hasPrefix(" ") || mark.hasPrefix("-") ? "" : mark)"
        case 3: "\(word) \(rng.pick(["Mk II", "Pro", "NG", "Lite", "XR"]))"
        default: "\(exhibitor.modelPrefix) \(word) \(figure)"
        }
        self.type = type
        self.exhibitor = exhibitor.id
        origin = nil
        categories = [leaf.id]
        if rng.chance(perMille: 750) {
            let first = rng.pick(leaf.features)
            let second = rng.pick(leaf.features)
            let capitalised = type.prefix(1).uppercased() + type.dropFirst()
            description = first == second ? "\(capitalised) with \(first)." : "\(capitalised) with \(first) and \(second)."
        } else {
            description = nil
        }
        sources = exhibitor.sources
        confidence = exhibitor.confidence
    }

    /// Products reported without the exhibitor that showed them (`origin` instead of `exhibitor`).
    init(unattributed number: Int, halls: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: .orphanProduct, index: number)
        let leaf = rng.pick(rng.pick(CategoryTree.sectors).children)
        type = rng.pick(leaf.productTypes)
        id = "unattributed-\(number + 1)"
        name = "\(rng.pick(Self.latinWords))-\(rng.int(in: 1...9)) \(type)"
        exhibitor = nil
        origin = switch rng.below(3) {
        case 0: "a national pavilion (stand not stated)"
        case 1: "an unnamed exhibitor in Hall \(rng.int(in: 1...max(1, halls)))"
        default: "the outdoor display (exhibitor not stated)"
        }
        categories = [leaf.id]
        description = "Reported at the show; the exhibitor is not named."
        sources = ["s2"]
        confidence = rng.chance(perMille: 500) ? "reported" : "weak"
    }

    /// One unattributed product per thousand exhibitors, and at least one.
    static func unattributedCount(exhibitors: Int) -> Int { exhibitors / 1000 + 1 }
}
