/// A pool company's name cut into the parts lists vary independently: a legal form before it
/// ("АО", "PT"), the name itself, and a legal form after it ("GmbH", "A.Ş."), with the initials
/// and, for names not in Latin letters, the Latin form lists print instead.
///
/// A few names come whole from `NameFactory` (the show generator's names, cut with
/// `LegalForm.split`), only in the languages where its vocabulary makes thousands of names: its
/// forms are a few hundred in some languages ("Officine Meccaniche Toscane S.p.A."), and a pool of
/// 100,000 companies drawing on them would give dozens of companies one name, which the guide
/// would rightly take for one company. The rest put an invented brand (`BrandWord`) before the
/// same vocabulary's lines of business and legal forms, so the pool has about as many names as
/// companies, and the generic names shared by a few companies that real lists have too.
struct CompanyNameParts {
    var leadingLegalForm: String?
    var core: String
    var trailingLegalForm: String?
    /// Chinese and Japanese names are written without spaces, legal form included.
    var spaced = true
    /// Upper-case initials of a name of three words or more.
    var acronym: String?
    /// The Latin-letter form of a name in Cyrillic, Greek, Chinese, Japanese or Korean.
    var latin: String?

    /// The name as the company writes it.
    var full: String {
        [leadingLegalForm, core, trailingLegalForm].compactMap { $0 }.joined(separator: spaced ? " " : "")
    }

    typealias V = NameVocabulary

    /// Per mille of names taken whole from `NameFactory`, in the languages it has many names for.
    static let factoryPerMille = 60

    static func make(_ language: NameLanguage, country: String, rng: inout SplitMix64) -> CompanyNameParts {
        let factoryHasManyNames = [.english, .turkish, .azerbaijani, .german, .chinese].contains(language)
        if factoryHasManyNames, rng.chance(perMille: factoryPerMille) { return fromFactory(language, country: country, rng: &rng) }
        switch language {
        case .russian, .ukrainian: return cyrillic(language, rng: &rng)
        case .greek:
            let brand = BrandWord.greek(rng: &rng)
            let line = rng.pick(V.greekLines)
            return CompanyNameParts(core: "\(brand.native) \(line.native)", trailingLegalForm: "Α.Ε.",
                                    latin: "\(brand.latin) \(line.english) S.A.")
        case .chinese: return chinese(rng: &rng)
        case .japanese:
            let brand = BrandWord.katakana(rng: &rng)
            let core = rng.pick(V.japaneseCores)
            let prefixed = rng.chance(perMille: 400)
            let native = prefixed ? "株式会社\(brand.native)\(core.native)" : "\(brand.native)\(core.native)株式会社"
            return CompanyNameParts(core: native, spaced: false, latin: "\(brand.latin) \(core.english) Co., Ltd.")
        case .korean:
            let brand = BrandWord.hangul(rng: &rng)
            let core = rng.pick(V.koreanCores)
            let native = rng.chance(perMille: 500) ? "(주)\(brand.native)\(core.native)" : "\(brand.native)\(core.native) 주식회사"
            return CompanyNameParts(core: native, spaced: false, latin: "\(brand.latin) \(core.english) Co., Ltd.")
        default: return latinScript(language, country: country, rng: &rng)
        }
    }

    private static func fromFactory(_ language: NameLanguage, country: String, rng: inout SplitMix64) -> CompanyNameParts {
        let generated = NameFactory.company(language, country: country, rng: &rng)
        let nonLatin: Bool = switch language {
        case .russian, .ukrainian, .greek, .chinese, .japanese, .korean: true
        default: false
        }
        if nonLatin {
            return CompanyNameParts(core: generated.name, spaced: generated.name.contains(" "), latin: generated.altNames.first)
        }
        let cut = LegalForm.split(generated.name)
        let acronym = generated.altNames.first { $0.count >= 3 && $0.count <= 6 && $0 == $0.uppercased() && !$0.contains(" ") }
        return CompanyNameParts(leadingLegalForm: cut.leading, core: cut.core, trailingLegalForm: cut.trailing, acronym: acronym)
    }

    private static func latinScript(_ language: NameLanguage, country: String, rng: inout SplitMix64) -> CompanyNameParts {
        let brand = BrandWord.latin(language, rng: &rng)
        var words: [String]
        var legal: String?
        var leading: String?
        switch language {
        case .turkish:
            words = [brand, rng.pick(V.turkishDomains).native]
            if rng.chance(perMille: 650) { words.append(rng.pick(V.turkishTails).native) }
            legal = rng.chance(perMille: 700) ? rng.pick(V.turkishLegal).native : nil
        case .azerbaijani:
            words = [brand, rng.pick(V.azerbaijaniDomains).native]
            if rng.chance(perMille: 600) { words.append(rng.pick(V.azerbaijaniTails).native) }
            legal = rng.chance(perMille: 600) ? rng.pick(V.azerbaijaniLegal).native : nil
        case .german:
            words = rng.chance(perMille: 150) ? [brand + "werke"] : [brand, rng.pick(V.germanDomains).native]
            legal = rng.pick(V.germanLegal)
        case .french:
            words = rng.chance(perMille: 200) ? ["Ateliers", brand] : [brand, rng.pick(V.frenchDomains).native]
            legal = rng.chance(perMille: 600) ? rng.pick(V.frenchLegal) : nil
        case .polish:
            words = [brand, rng.pick(V.polishLines).native]
            legal = rng.pick(V.polishLegal)
        case .italian:
            words = [brand, rng.pick(V.italianLines)]
            legal = rng.pick(V.italianLegal)
        case .czech:
            words = [brand, rng.pick(V.czechLines)]
            legal = rng.pick(["s.r.o.", "a.s."])
        case .hungarian:
            words = [brand, rng.pick(V.hungarianLines)]
            legal = rng.pick(["Kft.", "Zrt."])
        case .nordic:
            words = [brand, country == "NO" ? rng.pick(V.norwegianLines) : rng.pick(V.swedishLines)]
            legal = country == "NO" ? "AS" : "AB"
        case .iberian:
            words = [brand, country == "PT" || country == "BR" ? rng.pick(V.portugueseLines) : rng.pick(V.spanishLines)]
            legal = LegalForm.usual(for: country)
        default:
            words = rng.chance(perMille: 100) ? [brand, "&", BrandWord.latin(language, rng: &rng)] : [brand, rng.pick(V.englishDomains)]
            if rng.chance(perMille: 350) { words.append(rng.pick(V.englishSecondDomains)) }
            let forms = CountryTable.englishSpeaking.first { $0.code == country }?.legal ?? ["Ltd"]
            legal = rng.chance(perMille: 700) ? rng.pick(forms) : nil
            if legal == "PT" {
                leading = legal
                legal = nil
            }
        }
        let core = words.joined(separator: " ")
        let significant = core.split(separator: " ").filter { $0 != "&" && $0 != "ve" && $0 != "i" && $0 != "de" }
        let acronym = significant.count >= 3 ? significant.compactMap(\.first).map { String($0).uppercased() }.joined() : nil
        return CompanyNameParts(leadingLegalForm: leading, core: core, trailingLegalForm: legal,
                                acronym: acronym.map(Slug.plainLatin))
    }

    private static func cyrillic(_ language: NameLanguage, rng: inout SplitMix64) -> CompanyNameParts {
        let brand = BrandWord.cyrillic(rng: &rng)
        let legal: String
        let core: String
        if language == .ukrainian {
            legal = rng.pick(V.ukrainianLegal).native
            core = rng.chance(perMille: 400) ? "«Завод «\(brand)»»" : "«\(brand)»"
        } else {
            legal = rng.pick(V.russianLegal).native
            core = switch rng.below(4) {
            case 0: "«\(brand) \(rng.pick(V.russianNouns).native)»"
            case 1: "«НПО \(brand)»"
            default: "«\(brand)»"
            }
        }
        let full = "\(legal) \(core)"
        let transliterated = Transliteration.latin(full, from: language == .ukrainian ? .ukrainian : .russian)
        return CompanyNameParts(leadingLegalForm: legal, core: core, latin: transliterated)
    }

    /// Place, two or three cores and a suffix, without spaces ("西安光电精密科技有限公司").
    private static func chinese(rng: inout SplitMix64) -> CompanyNameParts {
        let place = rng.pick(V.chinesePlaces)
        let cores = rng.distinct(rng.chance(perMille: 600) ? 3 : 2, below: V.chineseCores.count).map { V.chineseCores[$0] }
        let suffix = rng.pick(Array(V.chineseSuffixes.prefix(3)))
        let native = place.native + cores.map(\.native).joined() + suffix.native
        let latin = ([place.english] + cores.map(\.english) + [suffix.english]).joined(separator: " ")
        return CompanyNameParts(core: native, spaced: false, latin: latin)
    }
}
