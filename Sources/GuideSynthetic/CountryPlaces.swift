/// Where things are in each country of `CountryTable`: the capital with its coordinates (in
/// millionths of a degree) and the telephone calling code, for fair venues and exhibitor addresses
/// of the synthetic fair files. Real capitals and codes, so the addresses look like the dataset's
/// geocoded ones; `hostWeight` makes the countries that hold many arms fairs host more series.
enum CountryPlaces {
    struct Place {
        let code: String
        let capital: String
        let latitude: Int
        let longitude: Int
        let callingCode: String
        let hostWeight: Int
    }

    static let all: [Place] = [
        Place(code: "AZ", capital: "Bakı", latitude: 40_409_300, longitude: 49_867_100, callingCode: "994", hostWeight: 3),
        Place(code: "TR", capital: "Ankara", latitude: 39_933_400, longitude: 32_859_700, callingCode: "90", hostWeight: 4),
        Place(code: "RU", capital: "Moscow", latitude: 55_755_800, longitude: 37_617_300, callingCode: "7", hostWeight: 3),
        Place(code: "UA", capital: "Kyiv", latitude: 50_450_100, longitude: 30_523_400, callingCode: "380", hostWeight: 1),
        Place(code: "BY", capital: "Minsk", latitude: 53_904_500, longitude: 27_561_500, callingCode: "375", hostWeight: 1),
        Place(code: "KZ", capital: "Astana", latitude: 51_169_400, longitude: 71_449_100, callingCode: "7", hostWeight: 1),
        Place(code: "UZ", capital: "Tashkent", latitude: 41_299_500, longitude: 69_240_100, callingCode: "998", hostWeight: 1),
        Place(code: "TM", capital: "Ashgabat", latitude: 37_960_100, longitude: 58_326_100, callingCode: "993", hostWeight: 1),
        Place(code: "KG", capital: "Bishkek", latitude: 42_874_600, longitude: 74_569_800, callingCode: "996", hostWeight: 1),
        Place(code: "TJ", capital: "Dushanbe", latitude: 38_559_800, longitude: 68_787_000, callingCode: "992", hostWeight: 1),
        Place(code: "GE", capital: "Tbilisi", latitude: 41_715_100, longitude: 44_827_100, callingCode: "995", hostWeight: 1),
        Place(code: "DE", capital: "Berlin", latitude: 52_520_000, longitude: 13_405_000, callingCode: "49", hostWeight: 3),
        Place(code: "AT", capital: "Vienna", latitude: 48_208_200, longitude: 16_373_800, callingCode: "43", hostWeight: 1),
        Place(code: "CH", capital: "Bern", latitude: 46_948_000, longitude: 7_447_400, callingCode: "41", hostWeight: 1),
        Place(code: "FR", capital: "Paris", latitude: 48_856_600, longitude: 2_352_200, callingCode: "33", hostWeight: 4),
        Place(code: "BE", capital: "Brussels", latitude: 50_850_300, longitude: 4_351_700, callingCode: "32", hostWeight: 1),
        Place(code: "NL", capital: "Amsterdam", latitude: 52_367_600, longitude: 4_904_100, callingCode: "31", hostWeight: 1),
        Place(code: "IT", capital: "Rome", latitude: 41_902_800, longitude: 12_496_400, callingCode: "39", hostWeight: 2),
        Place(code: "ES", capital: "Madrid", latitude: 40_416_800, longitude: -3_703_800, callingCode: "34", hostWeight: 1),
        Place(code: "PT", capital: "Lisbon", latitude: 38_722_300, longitude: -9_139_300, callingCode: "351", hostWeight: 1),
        Place(code: "GB", capital: "London", latitude: 51_507_400, longitude: -127_800, callingCode: "44", hostWeight: 4),
        Place(code: "IE", capital: "Dublin", latitude: 53_349_800, longitude: -6_260_300, callingCode: "353", hostWeight: 1),
        Place(code: "US", capital: "Washington", latitude: 38_907_200, longitude: -77_036_900, callingCode: "1", hostWeight: 4),
        Place(code: "CA", capital: "Ottawa", latitude: 45_421_500, longitude: -75_697_200, callingCode: "1", hostWeight: 1),
        Place(code: "BR", capital: "Brasília", latitude: -15_797_500, longitude: -47_891_900, callingCode: "55", hostWeight: 2),
        Place(code: "AR", capital: "Buenos Aires", latitude: -34_603_700, longitude: -58_381_600, callingCode: "54", hostWeight: 1),
        Place(code: "MX", capital: "Mexico City", latitude: 19_432_600, longitude: -99_133_200, callingCode: "52", hostWeight: 1),
        Place(code: "PL", capital: "Warsaw", latitude: 52_229_700, longitude: 21_012_200, callingCode: "48", hostWeight: 2),
        Place(code: "CZ", capital: "Prague", latitude: 50_075_500, longitude: 14_437_800, callingCode: "420", hostWeight: 1),
        Place(code: "SK", capital: "Bratislava", latitude: 48_148_600, longitude: 17_107_700, callingCode: "421", hostWeight: 1),
        Place(code: "HU", capital: "Budapest", latitude: 47_497_900, longitude: 19_040_200, callingCode: "36", hostWeight: 1),
        Place(code: "RO", capital: "Bucharest", latitude: 44_426_800, longitude: 26_102_500, callingCode: "40", hostWeight: 1),
        Place(code: "BG", capital: "Sofia", latitude: 42_697_700, longitude: 23_321_900, callingCode: "359", hostWeight: 1),
        Place(code: "RS", capital: "Belgrade", latitude: 44_786_600, longitude: 20_448_900, callingCode: "381", hostWeight: 1),
        Place(code: "GR", capital: "Athens", latitude: 37_983_800, longitude: 23_727_500, callingCode: "30", hostWeight: 1),
        Place(code: "SE", capital: "Stockholm", latitude: 59_329_300, longitude: 18_068_600, callingCode: "46", hostWeight: 1),
        Place(code: "NO", capital: "Oslo", latitude: 59_913_900, longitude: 10_752_200, callingCode: "47", hostWeight: 1),
        Place(code: "FI", capital: "Helsinki", latitude: 60_169_900, longitude: 24_938_400, callingCode: "358", hostWeight: 1),
        Place(code: "DK", capital: "Copenhagen", latitude: 55_676_100, longitude: 12_568_300, callingCode: "45", hostWeight: 1),
        Place(code: "EE", capital: "Tallinn", latitude: 59_437_000, longitude: 24_753_600, callingCode: "372", hostWeight: 1),
        Place(code: "LT", capital: "Vilnius", latitude: 54_687_200, longitude: 25_279_700, callingCode: "370", hostWeight: 1),
        Place(code: "LV", capital: "Riga", latitude: 56_949_600, longitude: 24_105_200, callingCode: "371", hostWeight: 1),
        Place(code: "IL", capital: "Tel Aviv", latitude: 32_085_300, longitude: 34_781_800, callingCode: "972", hostWeight: 2),
        Place(code: "AE", capital: "Abu Dhabi", latitude: 24_453_900, longitude: 54_377_300, callingCode: "971", hostWeight: 3),
        Place(code: "SA", capital: "Riyadh", latitude: 24_713_600, longitude: 46_675_300, callingCode: "966", hostWeight: 2),
        Place(code: "QA", capital: "Doha", latitude: 25_285_400, longitude: 51_531_000, callingCode: "974", hostWeight: 1),
        Place(code: "JO", capital: "Amman", latitude: 31_953_900, longitude: 35_910_600, callingCode: "962", hostWeight: 1),
        Place(code: "EG", capital: "Cairo", latitude: 30_044_400, longitude: 31_235_700, callingCode: "20", hostWeight: 1),
        Place(code: "PK", capital: "Islamabad", latitude: 33_684_400, longitude: 73_047_900, callingCode: "92", hostWeight: 1),
        Place(code: "IN", capital: "New Delhi", latitude: 28_613_900, longitude: 77_209_000, callingCode: "91", hostWeight: 3),
        Place(code: "CN", capital: "Beijing", latitude: 39_904_200, longitude: 116_407_400, callingCode: "86", hostWeight: 2),
        Place(code: "JP", capital: "Tokyo", latitude: 35_676_200, longitude: 139_650_300, callingCode: "81", hostWeight: 1),
        Place(code: "KR", capital: "Seoul", latitude: 37_566_500, longitude: 126_978_000, callingCode: "82", hostWeight: 2),
        Place(code: "SG", capital: "Singapore", latitude: 1_352_100, longitude: 103_819_800, callingCode: "65", hostWeight: 2),
        Place(code: "ID", capital: "Jakarta", latitude: -6_208_800, longitude: 106_845_600, callingCode: "62", hostWeight: 1),
        Place(code: "MY", capital: "Kuala Lumpur", latitude: 3_139_000, longitude: 101_686_900, callingCode: "60", hostWeight: 1),
        Place(code: "TH", capital: "Bangkok", latitude: 13_756_300, longitude: 100_501_800, callingCode: "66", hostWeight: 1),
        Place(code: "VN", capital: "Hanoi", latitude: 21_027_800, longitude: 105_834_200, callingCode: "84", hostWeight: 1),
        Place(code: "AU", capital: "Canberra", latitude: -35_280_900, longitude: 149_130_000, callingCode: "61", hostWeight: 2),
        Place(code: "ZA", capital: "Pretoria", latitude: -25_747_900, longitude: 28_229_300, callingCode: "27", hostWeight: 2),
        Place(code: "NG", capital: "Abuja", latitude: 9_076_500, longitude: 7_398_600, callingCode: "234", hostWeight: 1),
    ]

    static let hostWeights = all.map(\.hostWeight)

    /// The place of a country of `CountryTable` (every one is listed here; a test checks it).
    static func place(of code: String) -> Place {
        all.first { $0.code == code } ?? all[0]
    }
}
