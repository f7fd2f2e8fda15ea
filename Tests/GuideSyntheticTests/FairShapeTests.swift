import Foundation
import GuideSynthetic
import Testing

/// Every file is JSON of the CAAT/Omega shape, read with Foundation's `JSONSerialization` (not the
/// guide's reader): the dataset's keys with the dataset's types, and the mess in the proportions
/// the dataset's README describes.
struct FairShapeTests {
    static let fairKeys: Set<String> = [
        "name", "series", "edition", "alias", "startDate", "endDate", "approxDate", "address", "country", "website", "social",
        "organiser", "exhibitorListUrl", "exhibitorListDate", "exhibitor",
    ]
    static let entryKeys: Set<String> = [
        "name", "country", "website", "address", "exhibitorUrl", "category", "telephone", "social", "alias",
    ]

    static func isString(_ value: Any?) -> Bool { value is String }
    static func isStringOrStrings(_ value: Any?) -> Bool { value is String || (value as? [Any])?.allSatisfy { $0 is String } == true }
    static func isDay(_ value: Any?) -> Bool {
        guard let text = value as? String, text.count == 10 else { return false }
        return text.enumerated().allSatisfy { index, character in index == 4 || index == 7 ? character == "-" : character.isNumber }
    }
    static func isCountry(_ value: Any?) -> Bool {
        if let object = value as? [String: Any] { return Set(object.keys) == ["text", "iso2"] && isString(object["text"]) && isString(object["iso2"]) }
        return value is String
    }
    static func isAddress(_ value: Any?) -> Bool {
        if let object = value as? [String: Any] {
            return Set(object.keys) == ["text", "iso2", "lat", "lon"] && isString(object["text"]) && isString(object["iso2"])
                && object["lat"] is NSNumber && object["lon"] is NSNumber
        }
        return value is String
    }
    static func isSocial(_ value: Any?) -> Bool {
        (value as? [[String: Any]])?.allSatisfy { Set($0.keys) == ["platform", "url"] && isString($0["platform"]) && isString($0["url"]) } == true
    }

    @Test func everyFileIsAFairObjectOfTheDatasetsShape() throws {
        for (file, text) in FairSamples.smallFiles {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(file.fileName)")
            let name = file.fileName
            #expect(Set(object.keys).isSubset(of: Self.fairKeys), "\(name): \(Set(object.keys).subtracting(Self.fairKeys))")
            #expect(object["name"] as? String == "\(file.seriesName) \(file.year)", "\(name)")
            #expect(object["series"] as? String == file.seriesName, "\(name)")
            #expect(object["edition"] as? String == String(file.year), "\(name)")
            #expect(object["alias"] == nil || Self.isStringOrStrings(object["alias"]), "\(name)")
            #expect(Self.isDay(object["startDate"]) && Self.isDay(object["endDate"]), "\(name)")
            #expect((object["startDate"] as? String ?? "") <= (object["endDate"] as? String ?? ""), "\(name)")
            let address = try #require(object["address"] as? [String: Any], "\(name)")
            #expect(Self.isAddress(address), "\(name)")
            #expect(Self.isString(object["website"]), "\(name)")
            #expect(object["social"] == nil || Self.isSocial(object["social"]), "\(name)")
            let organisers = (object["organiser"] as? [[String: Any]]) ?? (object["organiser"] as? [String: Any]).map { [$0] }
            #expect(organisers?.allSatisfy { Self.isString($0["name"]) && $0.values.allSatisfy { $0 is String } } == true, "\(name)")
            if file.hasExhibitorList {
                #expect(Self.isString(object["exhibitorListUrl"]), "\(name)")
                let listDate = try #require(object["exhibitorListDate"] as? String, "\(name)")
                #expect(Self.isDay(String(listDate.prefix(10))) && listDate.hasSuffix("+00:00"), "\(name): \(listDate)")
                let entries = try #require(object["exhibitor"] as? [[String: Any]], "\(name)")
                #expect(entries.count == file.entryCount, "\(name)")
            } else {
                #expect(object["exhibitor"] == nil && object["exhibitorListDate"] == nil, "\(name)")
            }
        }
    }

    @Test func everyEntryHasTheDatasetsKeysAndTypes() {
        for (file, entry) in FairSamples.smallEntriesParsed {
            #expect(Set(entry.keys).isSubset(of: Self.entryKeys), "\(file): \(Set(entry.keys).subtracting(Self.entryKeys))")
            #expect(Self.isString(entry["name"]), "\(file)")
            if let country = entry["country"] {
                #expect(Self.isCountry(country) || (country as? [Any])?.allSatisfy(Self.isCountry) == true, "\(file)")
            }
            #expect(entry["website"] == nil || Self.isString(entry["website"]), "\(file)")
            #expect(entry["exhibitorUrl"] == nil || Self.isString(entry["exhibitorUrl"]), "\(file)")
            #expect(entry["address"] == nil || Self.isAddress(entry["address"]), "\(file)")
            #expect(entry["social"] == nil || Self.isSocial(entry["social"]), "\(file)")
            for key in ["category", "telephone", "alias"] {
                #expect(entry[key] == nil || Self.isStringOrStrings(entry[key]), "\(file): \(key)")
            }
        }
    }

    static func share(_ predicate: ([String: Any]) -> Bool) -> Double {
        Double(FairSamples.smallEntriesParsed.filter { predicate($0.entry) }.count) / Double(FairSamples.smallEntriesParsed.count)
    }

    /// The README of the samples: country absent for more than half of all entries, usually an
    /// object, else a plain string, in some a list; categories usually a list, sometimes one string.
    @Test func countriesAndCategoriesComeInTheDatasetsProportions() {
        let absent = Self.share { $0["country"] == nil }
        let objects = Self.share { $0["country"] is [String: Any] }
        let strings = Self.share { $0["country"] is String }
        let lists = Self.share { $0["country"] is [Any] }
        #expect(absent > 0.5 && absent < 0.8, "\(absent) \(objects) \(strings) \(lists)")
        #expect(objects > strings && strings > lists && lists > 0, "\(objects) \(strings) \(lists)")
        let categoryLists = Self.share { $0["category"] is [Any] }
        let categoryStrings = Self.share { $0["category"] is String }
        #expect(categoryLists > categoryStrings && categoryStrings > 0, "\(categoryLists) \(categoryStrings)")
        #expect(Self.share { $0["category"] == nil } > 0.2)
        #expect(Self.share { $0["address"] is [String: Any] } > 0.05)
        #expect(Self.share { $0["address"] is String } > 0)
        #expect(Self.share { $0["website"] != nil } > 0.2)
        #expect(Self.share { $0["telephone"] != nil } > 0)
        #expect(Self.share { $0["alias"] != nil } > 0)
    }

    /// Many non-ASCII names (Latin letters with diacritics, Cyrillic, Greek, CJK), a little stray
    /// whitespace, a few control characters, upper-case lists and lists as written.
    @Test func namesCarryTheDatasetsMess() {
        let names = FairSamples.smallEntriesParsed.compactMap { $0.entry["name"] as? String }
        let count = Double(names.count)
        let nonASCII = Double(names.filter { $0.unicodeScalars.contains { !$0.isASCII } }.count) / count
        #expect(nonASCII > 0.05 && nonASCII < 0.4, "\(nonASCII)")
        #expect(names.contains { $0.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) } })
        #expect(names.contains { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0xAC00...0xD7AF).contains($0.value) } })
        let stray = names.filter { $0.hasPrefix(" ") || $0.hasSuffix(" ") || $0.contains("  ") || $0.hasSuffix("\n") }.count
        #expect(stray > 0 && Double(stray) / count < 0.05, "\(stray)")
        let controls = names.filter { $0.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } }.count
        #expect(controls > 0 && Double(controls) / count < 0.01, "\(controls)")
        #expect(names.contains { $0.contains(" & ") })
        #expect(names.contains { $0 == $0.uppercased() } && names.contains { $0 != $0.uppercased() })
    }

    /// Within one list, some companies are listed twice under two spellings.
    @Test func somePairsOfEntriesAreOneCompanySpelledTwice() {
        let duplicated = FairSamples.smallFiles.reduce(0) { $0 + $1.file.duplicatedCompanyIDs.count }
        #expect(duplicated > FairSamples.smallEntries / 500 && duplicated < FairSamples.smallEntries / 20, "\(duplicated)")
        for (file, _) in FairSamples.smallFiles where file.hasExhibitorList {
            #expect(file.entryCount == file.companyIDs.count + file.duplicatedCompanyIDs.count, "\(file.fileName)")
            #expect(Set(file.companyIDs).count == file.companyIDs.count, "\(file.fileName)")
            #expect(Set(file.duplicatedCompanyIDs).isSubset(of: Set(file.companyIDs)), "\(file.fileName)")
        }
    }
}
