/// Builds organisation names from `NameVocabulary`, in the habits of each language: legal forms
/// where they are written (Azerbaijani "MMC" after the name, Russian "АО «…»" around it, Indonesian
/// "PT" before it), guillemets, Korean "(주)", and alternative names (acronyms, Latin forms,
/// English translations) for a share of them.
enum NameFactory {
    typealias V = NameVocabulary

    // MARK: Companies

    static func company(_ language: NameLanguage, country: String?, rng: inout SplitMix64) -> ExhibitorName {
        switch language {
        case .azerbaijani: return azerbaijani(country: country, rng: &rng)
        case .turkish: return turkish(country: country, rng: &rng)
        case .russian: return russian(country: country, rng: &rng)
        case .ukrainian: return ukrainian(country: country, rng: &rng)
        case .german: return german(country: country, rng: &rng)
        case .french: return french(country: country, rng: &rng)
        case .polish: return polish(country: country, rng: &rng)
        case .italian: return italian(country: country, rng: &rng)
        case .czech:
            return simple(rng.pick(V.czechBrands), rng.pick(V.czechLines), legal: rng.pick(["s.r.o.", "a.s."]), country: country, rng: &rng)
        case .hungarian:
            return simple(rng.pick(V.hungarianBrands), rng.pick(V.hungarianLines), legal: rng.pick(["Kft.", "Zrt."]), country: country, rng: &rng)
        case .nordic:
            let line = country == "NO" ? rng.pick(V.norwegianLines) : rng.pick(V.swedishLines)
            return simple(rng.pick(V.nordicBrands), line, legal: country == "NO" ? "AS" : "AB", country: country, rng: &rng)
        case .iberian:
            let portuguese = country == "PT" || country == "BR"
            let line = portuguese ? rng.pick(V.portugueseLines) : rng.pick(V.spanishLines)
            let legal = switch country {
            case "PT": "Lda."
            case "BR": "Ltda."
            case "MX": "S.A. de C.V."
            case "AR": "S.A."
            default: rng.pick(["S.L.", "S.A."])
            }
            return simple(rng.pick(V.iberianBrands), line, legal: legal, country: country, rng: &rng)
        case .greek: return greek(country: country, rng: &rng)
        case .chinese: return chinese(country: country, institute: false, rng: &rng)
        case .japanese: return japanese(country: country, rng: &rng)
        case .korean: return korean(country: country, rng: &rng)
        case .english: return english(country: country, rng: &rng)
        }
    }

    private static func azerbaijani(country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let root = rng.pick(V.azerbaijaniRoots)
        let domain = rng.pick(V.azerbaijaniDomains)
        let tail: V.Glossed? = rng.chance(perMille: 700) ? rng.pick(V.azerbaijaniTails) : nil
        let legal: V.Glossed? = rng.chance(perMille: 600) ? rng.pick(V.azerbaijaniLegal) : nil
        let words = [root, domain.native] + (tail.map { [$0.native] } ?? [])
        var result = ExhibitorName(name: join(words + (legal.map { [$0.native] } ?? [])),
                                   latin: Slug.plainLatin(join(words)), modelPrefix: "", country: country)
        let english = join([Slug.plainLatin(root), domain.english, tail?.english, legal?.english])
        finish(&result, significantWords: words, english: rng.chance(perMille: 350) ? english : nil, rng: &rng)
        return result
    }

    private static func turkish(country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let root = rng.pick(V.turkishRoots)
        let domain = rng.pick(V.turkishDomains)
        let tail: V.Glossed? = rng.chance(perMille: 650) ? rng.pick(V.turkishTails) : nil
        let legal: V.Glossed? = rng.chance(perMille: 700) ? rng.pick(V.turkishLegal) : nil
        let words = [root, domain.native] + (tail.map { [$0.native] } ?? [])
        var result = ExhibitorName(name: join(words + (legal.map { [$0.native] } ?? [])),
                                   latin: Slug.plainLatin(join(words)), modelPrefix: "", country: country)
        let english = join([Slug.plainLatin(root), domain.english, tail?.english, legal?.english])
        finish(&result, significantWords: words.filter { $0 != "Sanayi ve Ticaret" } + (tail?.native == "Sanayi ve Ticaret" ? ["Sanayi"] : []),
               english: rng.chance(perMille: 300) ? english : nil, rng: &rng)
        return result
    }

    private static func russian(country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let legal = rng.pick(V.russianLegal)
        let brand = rng.pick(V.russianBrands)
        let brandLatin = Transliteration.latin(brand, from: .russian)
        let name: String
        let inner: String
        let english: String
        switch rng.below(4) {
        case 0:
            inner = brand
            name = "\(legal.native) «\(brand)»"
            english = "\(brandLatin) \(legal.english)"
        case 1:
            let adjective = rng.pick(V.russianAdjectives)
            let noun = rng.pick(V.russianNouns)
            inner = "\(adjective) \(noun.native)"
            name = "\(legal.native) «\(inner)»"
            english = "\(Transliteration.latin(adjective, from: .russian)) \(noun.english) \(legal.english)"
        case 2:
            inner = brand
            name = "НПО «\(brand)»"
            english = "\(brandLatin) Research and Production Association"
        default:
            inner = brand
            name = "Концерн «\(brand)»"
            english = "\(brandLatin) Concern"
        }
        let innerLatin = Transliteration.latin(inner, from: .russian)
        var result = ExhibitorName(name: name, latin: innerLatin, modelPrefix: initials(innerLatin, count: 2), country: country)
        result.altNames = [Transliteration.latin(name, from: .russian)]
        if rng.chance(perMille: 500) { result.altNames.append(english) }
        return result
    }

    private static func ukrainian(country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let legal = rng.pick(V.ukrainianLegal)
        let name: String
        let inner: String
        if rng.chance(perMille: 500) {
            let adjective = rng.pick(V.ukrainianAdjectives)
            let noun = rng.pick(V.ukrainianNouns)
            inner = "\(adjective) \(noun.native)"
            name = "\(legal.native) «\(inner)»"
        } else {
            let brand = rng.pick(V.ukrainianBrands)
            inner = "Завод \(brand)"
            name = "\(legal.native) «Завод «\(brand)»»"
        }
        let innerLatin = Transliteration.latin(inner, from: .ukrainian)
        var result = ExhibitorName(name: name, latin: innerLatin, modelPrefix: initials(innerLatin, count: 2), country: country)
        result.altNames = [Transliteration.latin(name, from: .ukrainian)]
        return result
    }

    private static func german(country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let root = rng.pick(V.germanRoots)
        let domain = rng.pick(V.germanDomains)
        let legal = rng.pick(V.germanLegal)
        let core: String
        switch rng.below(20) {
        case 0: core = "\(root) & \(rng.pick(V.germanRoots)) \(domain.native)"
        case 1, 2, 3: core = "\(root)werke"
        default: core = "\(root) \(domain.native)"
        }
        var result = ExhibitorName(name: "\(core) \(legal)", latin: Slug.plainLatin(core), modelPrefix: "", country: country)
        finish(&result, significantWords: [root, domain.native], english: rng.chance(perMille: 250) ? "\(Slug.plainLatin(root)) \(domain.english)" : nil, rng: &rng)
        return result
    }

    private static func french(country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let root = rng.pick(V.frenchRoots)
        let domain = rng.pick(V.frenchDomains)
        let core: String
        switch rng.below(5) {
        case 0:
            let adjective = rng.pick(["Générale", "Nouvelle", "Européenne", "Industrielle", "Continentale"])
            let vowel = "AEIOUÉÈÊ".contains(domain.native.first ?? "x")
            core = "Société \(adjective) \(vowel ? "d'" : "de ")\(domain.native)"
        case 1: core = "Ateliers \(root)"
        case 2: core = "\(root) Systèmes de Défense"
        default: core = "\(root) \(domain.native)"
        }
        let legal: String? = rng.chance(perMille: 600) ? rng.pick(V.frenchLegal) : nil
        var result = ExhibitorName(name: join([core, legal]), latin: Slug.plainLatin(core), modelPrefix: "", country: country)
        finish(&result, significantWords: core.split(separator: " ").map(String.init).filter { $0 != "de" },
               english: rng.chance(perMille: 200) ? "\(Slug.plainLatin(root)) \(domain.english)" : nil, rng: &rng)
        return result
    }

    private static func polish(country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let legal = rng.pick(V.polishLegal)
        if rng.chance(perMille: 550) {
            let works = rng.pick(V.polishWorks)
            let place = rng.pick(V.polishPlaces)
            let core = "Zakłady \(works.native) \(place)"
            var result = ExhibitorName(name: "\(core) \(legal)", latin: Slug.plainLatin(core), modelPrefix: "", country: country)
            finish(&result, significantWords: ["Zakłady", works.native, place],
                   english: rng.chance(perMille: 300) ? "\(Slug.plainLatin(place)) \(works.english) Works" : nil, rng: &rng)
            return result
        }
        let brand = rng.pick(V.polishBrands)
        let line = rng.pick(V.polishLines)
        var result = ExhibitorName(name: "\(brand) \(line.native) \(legal)", latin: Slug.plainLatin("\(brand) \(line.native)"),
                                   modelPrefix: "", country: country)
        finish(&result, significantWords: [brand] + line.native.split(separator: " ").map(String.init).filter { $0 != "i" },
               english: rng.chance(perMille: 300) ? "\(Slug.plainLatin(brand)) \(line.english)" : nil, rng: &rng)
        return result
    }

    private static func italian(country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let legal = rng.pick(V.italianLegal)
        let core: String
        switch rng.below(10) {
        case 0: core = "\(rng.pick(V.italianSurnames)) & Figli"
        case 1, 2, 3: core = "Officine Meccaniche \(rng.pick(V.italianRegions))"
        default: core = "\(rng.pick(V.italianSurnames)) \(rng.pick(V.italianLines))"
        }
        var result = ExhibitorName(name: "\(core) \(legal)", latin: core, modelPrefix: "", country: country)
        finish(&result, significantWords: core.split(separator: " ").map(String.init).filter { $0 != "&" && $0 != "di" }, english: nil, rng: &rng)
        return result
    }

    private static func greek(country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let root = rng.pick(V.greekRoots)
        let line = rng.pick(V.greekLines)
        let latin = "\(root.english) \(line.english)"
        var result = ExhibitorName(name: "\(root.native) \(line.native) Α.Ε.", latin: latin,
                                   modelPrefix: initials(latin, count: 2), country: country)
        result.altNames = ["\(latin) S.A."]
        return result
    }

    /// Chinese: place + one or two cores + a suffix, no spaces ("西安光电科技有限公司").
    static func chinese(country: String?, institute: Bool, rng: inout SplitMix64) -> ExhibitorName {
        let place = rng.pick(V.chinesePlaces)
        let first = rng.pick(V.chineseCores)
        let second: V.Glossed? = rng.chance(perMille: 500) ? rng.pick(V.chineseCores) : nil
        let suffix = institute ? V.chineseSuffixes[3] : rng.pick(Array(V.chineseSuffixes.prefix(3)))
        let name = place.native + first.native + (second?.native ?? "") + suffix.native
        let latin = "\(place.english) \(first.english)\(second.map { " " + $0.english } ?? "")"
        var result = ExhibitorName(name: name, latin: latin, modelPrefix: initials(latin, count: 2), country: country)
        result.altNames = ["\(latin) \(suffix.english)"]
        return result
    }

    private static func japanese(country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let place = rng.pick(V.japanesePlaces)
        let core = rng.pick(V.japaneseCores)
        let name = rng.chance(perMille: 500) ? "株式会社\(place.native)\(core.native)" : "\(place.native)\(core.native)株式会社"
        let latin = "\(place.english) \(core.english)"
        var result = ExhibitorName(name: name, latin: latin, modelPrefix: initials(latin, count: 2), country: country)
        result.altNames = ["\(latin) Co., Ltd."]
        return result
    }

    private static func korean(country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let place = rng.pick(V.koreanPlaces)
        let core = rng.pick(V.koreanCores)
        let name = switch rng.below(4) {
        case 0: "(주)\(place.native)\(core.native)"
        case 1: "\(place.native)\(core.native)(주)"
        case 2: "\(place.native)\(core.native) 주식회사"
        default: "\(place.native)\(core.native)"
        }
        let latin = "\(place.english) \(core.english)"
        var result = ExhibitorName(name: name, latin: latin, modelPrefix: initials(latin, count: 2), country: country)
        result.altNames = ["\(latin) Co., Ltd."]
        return result
    }

    private static func english(country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let brand = rng.pick(V.englishBrands)
        let domain = rng.pick(V.englishDomains)
        var words = [brand, domain]
        if rng.chance(perMille: 350) { words.append(rng.pick(V.englishSecondDomains)) }
        let core = join(words)
        let legalForms = CountryTable.englishSpeaking.first { $0.code == country }?.legal ?? ["Ltd"]
        let legal: String? = rng.chance(perMille: 700) ? rng.pick(legalForms) : nil
        let name = legal == "PT" ? "PT \(core)" : join([core, legal])
        var result = ExhibitorName(name: name, latin: core, modelPrefix: "", country: country)
        finish(&result, significantWords: core.split(separator: " ").map(String.init), english: nil, rng: &rng)
        return result
    }

    /// Latin-script names in other languages: a brand, a line of business and a legal form.
    private static func simple(_ brand: String, _ line: String, legal: String, country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let core = "\(brand) \(line)"
        var result = ExhibitorName(name: "\(core) \(legal)", latin: Slug.plainLatin(core), modelPrefix: "", country: country)
        finish(&result, significantWords: core.split(separator: " ").map(String.init), english: nil, rng: &rng)
        return result
    }

    // MARK: Other organisations

    static func stateBody(_ language: NameLanguage, country: String?, rng: inout SplitMix64) -> ExhibitorName {
        let topic = rng.pick(V.stateTopics)
        switch language {
        case .azerbaijani:
            let name = "\(topic.azerbaijani) üzrə Dövlət Agentliyi"
            return withAlternative(name, english: "State Agency for \(topic.english)", country: country)
        case .turkish:
            let name = "\(topic.turkish) Başkanlığı"
            return withAlternative(name, english: "Presidency of \(topic.english)", country: country)
        default:
            let name = switch rng.below(4) {
            case 0: "State Agency for \(topic.english)"
            case 1: "National \(topic.english) Authority"
            case 2: "Directorate of \(topic.english)"
            default: "State Committee for \(topic.english)"
            }
            return withAlternative(name, english: nil, country: country)
        }
    }

    static func media(_ language: NameLanguage, country: String?, rng: inout SplitMix64) -> ExhibitorName {
        switch language {
        case .azerbaijani:
            let root = rng.pick(V.azerbaijaniRoots)
            return withAlternative("\(root) Müdafiə Xəbərləri", english: "\(Slug.plainLatin(root)) Defence News", country: country)
        case .turkish:
            let root = rng.pick(V.turkishRoots)
            return withAlternative("\(root) Savunma Dergisi", english: "\(Slug.plainLatin(root)) Defence Magazine", country: country)
        case .russian, .ukrainian:
            let brand = rng.pick(V.russianBrands)
            let name = "Журнал «\(brand)»"
            var result = ExhibitorName(name: name, latin: Transliteration.latin(name, from: .russian),
                                       modelPrefix: "", country: country)
            result.altNames = [Transliteration.latin(name, from: .russian)]
            return result
        default:
            return withAlternative("\(rng.pick(V.englishBrands)) \(rng.pick(V.mediaTitles))", english: nil, country: country)
        }
    }

    static func association(_ language: NameLanguage, country: String?, rng: inout SplitMix64) -> ExhibitorName {
        switch language {
        case .azerbaijani:
            let domain = rng.pick(V.azerbaijaniDomains)
            let root = rng.pick(V.azerbaijaniRoots)
            return withAlternative("\(root) \(domain.native) Assosiasiyası", english: "\(Slug.plainLatin(root)) \(domain.english) Association", country: country)
        case .turkish:
            let domain = rng.pick(V.turkishDomains)
            return withAlternative("\(rng.pick(V.turkishRoots)) \(domain.native) Sanayicileri Derneği", english: nil, country: country)
        case .german:
            return withAlternative("Verband \(rng.pick(V.germanDomains).native) \(rng.pick(V.germanRoots)) e.V.", english: nil, country: country)
        default:
            let countryName = country.map(CountryTable.name(of:)) ?? "Caspian"
            return withAlternative("Association of \(countryName) \(rng.pick(V.englishDomains)) Manufacturers", english: nil, country: country)
        }
    }

    static func researchInstitute(_ language: NameLanguage, country: String?, rng: inout SplitMix64) -> ExhibitorName {
        switch language {
        case .azerbaijani:
            let city = rng.pick(V.azerbaijaniCities)
            let domain = rng.pick(V.azerbaijaniDomains)
            return withAlternative("\(city) \(domain.native) Elmi-Tədqiqat İnstitutu",
                                   english: "\(Slug.plainLatin(city)) Research Institute of \(domain.english)", country: country)
        case .russian, .ukrainian:
            let brand = rng.pick(V.russianBrands)
            let name = "Научно-исследовательский институт «\(brand)»"
            var result = ExhibitorName(name: name, latin: "NII " + Transliteration.latin(brand, from: .russian),
                                       modelPrefix: "NII", country: country)
            result.altNames = ["НИИ «\(brand)»", "NII \(Transliteration.latin(brand, from: .russian))"]
            return result
        case .chinese:
            return chinese(country: country, institute: true, rng: &rng)
        default:
            return withAlternative("\(rng.pick(V.englishCities)) Institute of \(rng.pick(V.researchFields))", english: nil, country: country)
        }
    }

    static func university(_ language: NameLanguage, country: String?, rng: inout SplitMix64) -> ExhibitorName {
        switch language {
        case .azerbaijani:
            let city = rng.pick(V.azerbaijaniCities)
            return withAlternative("\(city) Texniki Universiteti", english: "\(Slug.plainLatin(city)) Technical University", country: country)
        case .turkish:
            let city = rng.pick(V.turkishCities)
            return withAlternative("\(city) Teknik Üniversitesi", english: "\(Slug.plainLatin(city)) Technical University", country: country)
        default:
            return withAlternative("\(rng.pick(V.englishCities)) University of Technology", english: nil, country: country)
        }
    }

    static func nationalPavilion(country: String, rng: inout SplitMix64) -> ExhibitorName {
        let countryName = CountryTable.name(of: country)
        let name = rng.chance(perMille: 500) ? "National Pavilion of \(countryName)" : "\(countryName) National Pavilion"
        return ExhibitorName(name: name, latin: "\(countryName) Pavilion", modelPrefix: "NP", country: country)
    }

    // MARK: Helpers

    private static func withAlternative(_ name: String, english: String?, country: String?) -> ExhibitorName {
        var result = ExhibitorName(name: name, latin: Slug.plainLatin(english ?? name),
                                   modelPrefix: initials(Slug.plainLatin(english ?? name), count: 3), country: country)
        if let english { result.altNames.append(english) }
        let acronym = initials(name, count: 8)
        if acronym.count >= 3 { result.altNames.append(acronym) }
        return result
    }

    /// Adds an acronym (for names of two or more words, 45% of them) and an English form, and sets
    /// the model prefix.
    private static func finish(_ result: inout ExhibitorName, significantWords: [String], english: String?, rng: inout SplitMix64) {
        let words = significantWords.flatMap { $0.split(separator: " ").map(String.init) }.filter { $0 != "ve" && $0 != "&" }
        let acronym = words.compactMap(\.first).map { String($0).uppercased() }.joined()
        if words.count >= 3, rng.chance(perMille: 450) { result.altNames.append(acronym) }
        if let english { result.altNames.append(english) }
        result.modelPrefix = Slug.plainLatin(String(acronym.prefix(3))).uppercased()
        if result.modelPrefix.count < 2 { result.modelPrefix = initials(result.latin, count: 2) }
    }

    /// Upper-case initials of the first `count` capitalised words ("for", "of", "üzrə" are skipped),
    /// or the first two letters of a single word.
    static func initials(_ text: String, count: Int) -> String {
        let words = text.split(whereSeparator: { !$0.isLetter }).filter { $0.first?.isUppercase == true }.prefix(count)
        if words.count == 1, let word = words.first { return Slug.plainLatin(String(word.prefix(2))).uppercased() }
        return words.compactMap(\.first).map { Slug.plainLatin(String($0)).uppercased() }.joined()
    }

    /// Joins the words that are present with single spaces.
    static func join(_ words: [String?]) -> String {
        words.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
