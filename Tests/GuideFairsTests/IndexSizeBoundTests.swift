import Foundation
import GuideFairs
import GuideModel
import GuideSearch
import Testing

/// The search cache refuses an index file larger than `IndexFile.maximumSize(forDataBytes:)` of
/// its data file, so no index this program builds may exceed it. Fair files are where an index is
/// densest next to its data (a few bytes of JSON per entry or per word); these are the densest
/// shapes found, and each must stay well inside the bound.
struct IndexSizeBoundTests {
    enum DenseShape: String, CaseIterable, Sendable {
        /// `{"name":"a17"}`: the least JSON an exhibitor can be.
        case tinyEntries
        /// Names of forty one-letter words: a text position and an inverted-list entry per word.
        case oneLetterWords
        /// The same in Cyrillic, which is also transliterated.
        case cyrillicLetters
        /// Dotted initials, which also fill the acronym tables.
        case initials
        /// Twenty short categories and five aliases per entry.
        case categoriesAndAliases
    }

    static func fairFile(_ shape: DenseShape, entries: Int) -> [UInt8] {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let cyrillic = Array("абвгдежзийклмнопрстуфхцчшщ")
        let list = (0..<entries).map { index -> JSONValue in
            switch shape {
            case .tinyEntries:
                return .dict([("name", .string("a\(index)"))])
            case .oneLetterWords:
                return .dict([("name", .string((0..<40).map { String(letters[($0 + index) % 26]) }.joined(separator: " ") + " \(index)"))])
            case .cyrillicLetters:
                return .dict([("name", .string((0..<40).map { String(cyrillic[($0 + index) % 26]) }.joined(separator: " ") + " \(index)"))])
            case .initials:
                return .dict([("name", .string((0..<20).map { String(letters[($0 * 7 + index) % 26]).uppercased() }.joined(separator: ".") + " \(index)"))])
            case .categoriesAndAliases:
                return .dict([("name", .string("a\(index)")), ("country", .string("TR")),
                              ("category", .strings((0..<20).map { "c\($0 + index % 50)" })),
                              ("alias", .strings((0..<5).map { "b\(index)x\($0)" }))])
            }
        }
        let fair = JSONValue.dict([("name", .string("Dense")), ("series", .string("Dense")), ("edition", .string("2024")),
                                   ("startDate", .string("2024-09-24")), ("endDate", .string("2024-09-26")), ("exhibitor", .array(list))])
        return Array(JSONWriter.write(fair, pretty: false).utf8)
    }

    @Test(arguments: DenseShape.allCases)
    func anIndexStaysWellInsideItsBound(shape: DenseShape) throws {
        let bytes = Self.fairFile(shape, entries: 3_000)
        let reading = try FairReader.read(bytes: bytes, fileName: "dense.json")
        let conversion = try FairConverter.convert(reading, fileName: "dense.json")
        let index = SearchIndex(catalog: try DataFileLoader.catalog(from: conversion, fileName: "dense.json"))
        // A key as long as the longest path makes one.
        let encoded = IndexFile.encode(index, key: Array(repeating: 0x41, count: 4_200))
        #expect(encoded.count <= IndexFile.maximumSize(forDataBytes: bytes.count))
        let perByte = Double(encoded.count) / Double(bytes.count)
        #expect(perByte < Double(IndexFile.maximumBytesPerDataByte) / 2, "\(shape): \(perByte) index bytes per data byte")
    }
}
