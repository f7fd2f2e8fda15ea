/// Word lists the exhibitor names are assembled from, per language, with an English gloss where a
/// translated alternative name is useful for search ("Müdafiə" is found by "defence").
///
/// Every word is an ordinary word, a common surname or a place name; the combinations are invented
/// (no list pairs a root with the domain of a real company on purpose). Brand-like roots avoid the
/// names of well-known defence firms and products.
enum NameVocabulary {
    /// A word and its English gloss.
    typealias Glossed = (native: String, english: String)

    // MARK: Azerbaijani

    static let azerbaijaniRoots = [
        "Azər", "Xəzər", "Qafqaz", "Bakı", "Gəncə", "Şəki", "Naxçıvan", "Qarabağ", "Sumqayıt", "Abşeron",
        "Günəş", "Ulduz", "Şimşək", "Odlar", "Kür", "Araz", "Şahdağ", "Qızılqaya", "Göygöl", "İlkin",
        "Ərən", "Çinar", "Dəmir", "Poladlı", "Səma", "Zəfər", "Qalxan", "Turan", "Ağdam", "Lənkəran",
    ]
    static let azerbaijaniDomains: [Glossed] = [
        ("Sistem", "System"), ("Müdafiə", "Defence"), ("Sənaye", "Industry"), ("Texnologiya", "Technology"),
        ("Mühəndislik", "Engineering"), ("Elektronika", "Electronics"), ("Rabitə", "Communications"),
        ("Təhlükəsizlik", "Security"), ("Avtomatika", "Automation"), ("Mexanika", "Mechanics"),
        ("Optika", "Optics"), ("Aviasiya", "Aviation"), ("Dəniz", "Marine"), ("Enerji", "Energy"),
        ("Kimya", "Chemicals"), ("İnşaat", "Construction"), ("Logistika", "Logistics"), ("Radar", "Radar"),
        ("Maşınqayırma", "Machine Building"), ("Cihazqayırma", "Instrument Making"),
    ]
    static let azerbaijaniTails: [Glossed] = [
        ("Xidmətləri", "Services"), ("Zavodu", "Plant"), ("Birliyi", "Union"), ("Mərkəzi", "Centre"),
        ("Qrupu", "Group"), ("Şirkəti", "Company"), ("Kompleksi", "Complex"), ("Həlləri", "Solutions"),
        ("Texnologiyaları", "Technologies"), ("İstehsalat Birliyi", "Production Union"),
    ]
    /// Legal forms and the English form used in alternative names.
    static let azerbaijaniLegal: [Glossed] = [("MMC", "LLC"), ("ASC", "OJSC"), ("QSC", "CJSC")]
    static let azerbaijaniCities = ["Bakı", "Gəncə", "Sumqayıt", "Mingəçevir", "Şəki", "Lənkəran", "Naxçıvan", "Şirvan"]

    // MARK: Turkish

    static let turkishRoots = [
        "Kartal", "Yıldız", "Doğan", "Şimşek", "Çelik", "Öztürk", "Bozok", "Tulpar", "Gökbörü", "Ayyıldız",
        "Karadeniz", "Anadolu", "Ege", "Toros", "Fırtına", "Yücel", "Güneşli", "İnci", "Ünal", "Özdemir",
        "Kılıç", "Hisar", "Akdağ", "Çağlar", "Gökçe", "Erciyes", "Meriç", "Uludağ",
    ]
    static let turkishDomains: [Glossed] = [
        ("Savunma", "Defence"), ("Havacılık", "Aviation"), ("Elektronik", "Electronics"),
        ("Mühendislik", "Engineering"), ("Makine", "Machinery"), ("Otomotiv", "Automotive"), ("Optik", "Optics"),
        ("Yazılım", "Software"), ("Teknoloji", "Technology"), ("Güvenlik", "Security"), ("Denizcilik", "Maritime"),
        ("Haberleşme", "Communications"), ("Kimya", "Chemicals"), ("Balistik", "Ballistics"), ("Enerji", "Energy"),
    ]
    static let turkishTails: [Glossed] = [
        ("Sanayi ve Ticaret", "Industry and Trade"), ("Sistemleri", "Systems"), ("Teknolojileri", "Technologies"),
        ("Grubu", "Group"), ("Çözümleri", "Solutions"), ("Üretim", "Production"),
    ]
    static let turkishLegal: [Glossed] = [("A.Ş.", "Inc."), ("Ltd. Şti.", "Ltd.")]
    static let turkishCities = ["Ankara", "İstanbul", "İzmir", "Konya", "Eskişehir", "Kayseri", "Bursa", "Kocaeli"]

    // MARK: German

    static let germanRoots = [
        "Rhein", "Nord", "Süd", "Müller", "Schröder", "Weiß", "Hofmann", "Bäcker", "Krüger", "Jäger",
        "Falkenstein", "Donau", "Elbe", "Alpen", "Schwarzwald", "Löwe", "Adler", "Großmann", "Böhm", "Kühn",
        "Lindner", "Brückner", "Wörner", "Haßler",
    ]
    static let germanDomains: [Glossed] = [
        ("Präzisionsoptik", "Precision Optics"), ("Sicherheitstechnik", "Security Technology"),
        ("Fahrzeugbau", "Vehicle Engineering"), ("Maschinenbau", "Mechanical Engineering"),
        ("Wehrtechnik", "Defence Technology"), ("Elektronik", "Electronics"), ("Systemtechnik", "Systems Engineering"),
        ("Nachrichtentechnik", "Communications Engineering"), ("Luftfahrttechnik", "Aviation Technology"),
        ("Schutzausrüstung", "Protective Equipment"), ("Messtechnik", "Measurement Technology"),
        ("Feinmechanik", "Precision Mechanics"),
    ]
    static let germanLegal = ["GmbH", "AG", "GmbH & Co. KG", "KG", "GmbH"]

    // MARK: French

    static let frenchRoots = [
        "Lefèvre", "Beaumont", "Côté", "Dubois", "Mercier", "Chevalier", "Fournier", "Lemaître", "Giraud",
        "Bérenger", "Garnier", "Rousseau", "Armorique", "Provence", "Loire", "Mistral", "Aquitaine", "Héraut",
    ]
    static let frenchDomains: [Glossed] = [
        ("Optique", "Optics"), ("Électronique", "Electronics"), ("Aéronautique", "Aeronautics"),
        ("Sécurité", "Security"), ("Défense", "Defence"), ("Mécanique", "Mechanics"),
        ("Télécommunications", "Telecommunications"), ("Énergie", "Energy"), ("Précision", "Precision"),
    ]
    static let frenchLegal = ["SAS", "SA", "SARL"]

    // MARK: Polish

    static let polishPlaces = [
        "Łódź", "Gdańsk", "Kraków", "Wrocław", "Poznań", "Bydgoszcz", "Rzeszów", "Białystok", "Częstochowa",
        "Toruń", "Zielona Góra", "Świdnik", "Mielec", "Skarżysko",
    ]
    static let polishWorks: [Glossed] = [
        ("Optyczne", "Optical"), ("Elektroniczne", "Electronic"), ("Mechaniczne", "Mechanical"),
        ("Chemiczne", "Chemical"), ("Zbrojeniowe", "Armaments"), ("Lotnicze", "Aviation"), ("Radiowe", "Radio"),
    ]
    static let polishBrands = ["Sokół", "Żubr", "Orzeł", "Grom", "Wilk", "Łoś", "Jastrząb", "Ryś", "Żuraw", "Bóbr"]
    static let polishLines: [Glossed] = [
        ("Technologie Obronne", "Defence Technologies"), ("Systemy Łączności", "Communication Systems"),
        ("Przemysł Precyzyjny", "Precision Industry"), ("Ochrona i Bezpieczeństwo", "Protection and Security"),
    ]
    static let polishLegal = ["Sp. z o.o.", "S.A."]

    // MARK: Italian

    static let italianSurnames = [
        "Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Galli", "Conti", "De Luca",
        "Mancini", "Lombardi", "Moretti", "Barbieri", "Fontana",
    ]
    static let italianRegions = ["Toscane", "Liguri", "Lombarde", "Venete", "Piemontesi", "Emiliane"]
    static let italianLines = ["Sistemi Elettronici", "Difesa", "Ottica di Precisione", "Aerospazio", "Meccanica Avanzata"]
    static let italianLegal = ["S.p.A.", "S.r.l."]

    // MARK: Other European languages

    static let czechBrands = ["Vltava", "Morava", "Šumava", "Říp", "Krkonoše", "Ještěd", "Sázava"]
    static let czechLines = ["Strojírny", "Optika", "Zbrojní Technika", "Elektronické Systémy"]
    static let hungarianBrands = ["Tisza", "Mátra", "Bükk", "Kőrös", "Zemplén", "Hortobágy"]
    static let hungarianLines = ["Műszaki", "Elektronikai", "Védelmi Technológiák", "Finommechanikai"]
    static let nordicBrands = ["Fjellstrøm", "Nordkapp", "Bjørnå", "Älvsborg", "Göta", "Österlund", "Skåre", "Ærø"]
    static let norwegianLines = ["Forsvarsteknikk", "Marine Systemer", "Optronikk"]
    static let swedishLines = ["Försvarssystem", "Sensorteknik", "Fordonsteknik"]
    static let iberianBrands = ["Peña", "Castañeda", "Conceição", "Ibáñez", "Muñoz", "Guimarães", "Estrela", "Solís"]
    static let spanishLines = ["Sistemas de Defensa", "Tecnologías Ópticas", "Ingeniería Naval"]
    static let portugueseLines = ["Tecnologia de Defesa", "Sistemas Eletrônicos", "Aeronáutica"]

    // MARK: Greek (with Latin forms for alternative names)

    static let greekRoots: [Glossed] = [
        ("Ελληνικά", "Ellinika"), ("Αιγαίο", "Aigaio"), ("Όλυμπος", "Olympos"), ("Ποσειδών", "Poseidon"),
        ("Αθηνά", "Athina"), ("Ερμής", "Ermis"),
    ]
    static let greekLines: [Glossed] = [
        ("Αμυντικά Συστήματα", "Amyntika Systimata"), ("Ηλεκτρονικά", "Ilektronika"),
        ("Οπτικά Συστήματα", "Optika Systimata"), ("Ναυπηγεία", "Nafpigeia"),
    ]

    // MARK: Russian and Ukrainian (Cyrillic; Latin forms come from `Transliteration`)

    static let russianBrands = [
        "Гранит", "Радар", "Сокол", "Беркут", "Алмаз", "Вектор", "Импульс", "Квант", "Орион", "Звезда",
        "Сибирь", "Урал", "Волга", "Кристалл", "Заря", "Электрон", "Ёлочка", "Щит", "Рубеж", "Полюс",
    ]
    static let russianAdjectives = ["Сибирские", "Уральские", "Северные", "Волжские", "Балтийские", "Южные"]
    static let russianNouns: [Glossed] = [
        ("Технологии", "Technologies"), ("Системы", "Systems"), ("Приборы", "Instruments"),
        ("Машины", "Machines"), ("Оптические Системы", "Optical Systems"), ("Радиосистемы", "Radio Systems"),
    ]
    /// Legal forms written before the name, with their English forms.
    static let russianLegal: [Glossed] = [("АО", "JSC"), ("ООО", "LLC"), ("ПАО", "PJSC")]
    static let ukrainianBrands = ["Маяк", "Промінь", "Дніпро", "Світанок", "Чайка", "Оберіг", "Зірка", "Їжак"]
    static let ukrainianAdjectives = ["Київські", "Харківські", "Львівські", "Одеські", "Дніпровські"]
    static let ukrainianNouns: [Glossed] = [
        ("Оптичні Системи", "Optical Systems"), ("Технології", "Technologies"), ("Прилади", "Instruments"),
        ("Радіосистеми", "Radio Systems"),
    ]
    static let ukrainianLegal: [Glossed] = [("ТОВ", "LLC"), ("ПрАТ", "PrJSC"), ("ДП", "State Enterprise")]
    static let russianCities = ["Москва", "Новосибирск", "Екатеринбург", "Казань", "Самара", "Тула"]

    // MARK: Chinese, Japanese, Korean (with romanised forms)

    static let chinesePlaces: [Glossed] = [
        ("北京", "Beijing"), ("上海", "Shanghai"), ("西安", "Xi'an"), ("成都", "Chengdu"), ("南京", "Nanjing"),
        ("武汉", "Wuhan"), ("长春", "Changchun"), ("华", "Hua"), ("中", "Zhong"), ("东方", "Dongfang"),
    ]
    static let chineseCores: [Glossed] = [
        ("光电", "Guangdian"), ("精密", "Jingmi"), ("航空", "Hangkong"), ("电子", "Dianzi"), ("科技", "Keji"),
        ("防务", "Fangwu"), ("通信", "Tongxin"), ("机械", "Jixie"), ("仪器", "Yiqi"), ("安防", "Anfang"),
    ]
    static let chineseSuffixes: [Glossed] = [
        ("有限公司", "Co., Ltd."), ("集团", "Group"), ("股份有限公司", "Co., Ltd."), ("研究所", "Research Institute"),
    ]
    static let japanesePlaces: [Glossed] = [
        ("東京", "Tokyo"), ("大阪", "Osaka"), ("名古屋", "Nagoya"), ("日本", "Nippon"), ("北斗", "Hokuto"),
        ("富士見", "Fujimi"), ("テクノ", "Techno"),
    ]
    static let japaneseCores: [Glossed] = [
        ("光学", "Kogaku"), ("電子", "Denshi"), ("精機", "Seiki"), ("重工", "Juko"), ("防衛", "Boei"),
        ("通信", "Tsushin"), ("技研", "Giken"), ("システムズ", "Systems"), ("ソリューションズ", "Solutions"),
    ]
    static let koreanPlaces: [Glossed] = [
        ("한국", "Hanguk"), ("대한", "Daehan"), ("서울", "Seoul"), ("부산", "Busan"), ("한빛", "Hanbit"), ("미래", "Mirae"),
    ]
    static let koreanCores: [Glossed] = [
        ("정밀", "Jeongmil"), ("광학", "Gwanghak"), ("전자", "Jeonja"), ("방산", "Bangsan"), ("시스템", "System"),
        ("테크", "Tech"), ("항공", "Hanggong"),
    ]

    // MARK: English and international

    static let englishBrands = [
        "Caspian", "Silk Road", "Northern Star", "Blue Horizon", "Ironclad", "Sentinel", "Vanguard", "Aegis",
        "Red Kite", "Greystone", "Highland", "Atlas", "Meridian", "Polaris", "Summit", "Crescent", "Harbour",
        "Frontier", "Oakridge", "Redwood", "Bluewater", "Kestrel", "Osprey", "Trident", "Sterling", "Granite Peak",
        "Silverline", "Black Rock", "Eastgate", "Westbrook", "Bright Arrow", "Iron Bridge",
    ]
    static let englishDomains = [
        "Defence", "Aerospace", "Dynamics", "Optics", "Robotics", "Security", "Systems", "Technologies",
        "Solutions", "Engineering", "Armour", "Tactical", "Avionics", "Marine", "Logistics", "Cyber",
        "Communications", "Training", "Sensors", "Ballistics",
    ]
    static let englishSecondDomains = ["Systems", "Technologies", "Solutions", "Group", "Industries", "International"]
    static let englishCities = ["Northfield", "Eastbourne", "Riverside", "Lakeview", "Kingsport", "Ashford", "Bayside"]

    // MARK: Organisations that are not companies

    /// Topics for state bodies, as (Azerbaijani, Turkish, English).
    static let stateTopics: [(azerbaijani: String, turkish: String, english: String)] = [
        ("Müdafiə Sənayesi", "Savunma Sanayii", "Defence Industry"),
        ("Sərhəd Təhlükəsizliyi", "Sınır Güvenliği", "Border Security"),
        ("Fövqəladə Hallar", "Acil Durum", "Emergency Management"),
        ("Kibertəhlükəsizlik", "Siber Güvenlik", "Cybersecurity"),
        ("Hərbi Texnika", "Askeri Teknoloji", "Military Technology"),
        ("Mülki Müdafiə", "Sivil Savunma", "Civil Protection"),
        ("Xüsusi Rabitə", "Özel Haberleşme", "Special Communications"),
    ]
    static let researchFields = [
        "Applied Physics", "Optics and Photonics", "Radio Engineering", "Materials Science", "Aeronautics",
        "Explosives Safety", "Signal Processing",
    ]
    static let mediaTitles = ["Defence Review", "Security Daily", "Military Technology Digest", "Border & Coast", "Aerospace Monthly"]
}
