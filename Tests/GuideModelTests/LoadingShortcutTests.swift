@testable import GuideModel
import GuideTestSupport
import Testing

/// The shortcuts that make loading fast must give exactly what the plain rules give.
struct LoadingShortcutTests {

    /// A reference list is reused by its text only when it had no problem, so a broken list that
    /// repeats is reported every time, with its own path.
    @Test func repeatedReferenceListsAreCheckedWhereverTheyAreBroken() throws {
        var document = try Fixtures.fictionalDocument()
        for index in 0..<3 {
            document = document.setting([.key("products"), .index(index), .key("sources")], to: .strings(["f1", "zz", "f1"]))
        }
        let problems = Fixtures.problems(document)
        for index in 0..<3 {
            #expect(problems.contains("show.json:$.products[\(index)].sources[1]: unknown source \"zz\""), "\(problems)")
            #expect(problems.contains("show.json:$.products[\(index)].sources[2]: source \"f1\" is listed twice"), "\(problems)")
        }
    }

    @Test func sharedReferenceListsReadTheSame() throws {
        var document = try Fixtures.fictionalDocument()
        for index in 0..<3 {
            document = document.setting([.key("products"), .index(index), .key("sources")], to: .strings(["f1", "f2"]))
        }
        let catalog = try CatalogLoader.build(from: document, fileName: "show.json")
        #expect(catalog.products.map(\.sources) == Array(repeating: ["f1", "f2"], count: 3))
    }

    /// A long list is checked for repeats with a set rather than by scanning.
    @Test func repeatsInLongListsAreFound() throws {
        let ids = (0..<40).map { "f\($0 % 2 + 1)" }
        let document = try Fixtures.fictionalDocument().setting([.key("products"), .index(0), .key("sources")], to: .strings(ids))
        let repeats = Fixtures.problems(document).filter { $0.hasSuffix("is listed twice") }
        #expect(repeats.count == 38)
        #expect(repeats.last == "show.json:$.products[0].sources[39]: source \"f2\" is listed twice")
    }

    /// Exhibitors and products are first read side by side; when that finds a problem they are
    /// read again in turn, so problems keep the order of the file.
    @Test func problemsInExhibitorsAndProductsComeInFileOrder() throws {
        let document = try Fixtures.fictionalDocument()
            .setting([.key("products"), .index(0), .key("exhibitor")], to: .string("nobody"))
            .setting([.key("exhibitors"), .index(1), .key("country")], to: .string("XX"))
            .setting([.key("products"), .index(1), .key("name")], to: nil)
        #expect(Fixtures.problems(document) == [
            "show.json:$.exhibitors[1].country: unknown country \"XX\"",
            "show.json:$.products[0].exhibitor: unknown exhibitor \"nobody\"",
            "show.json:$.products[1].name: required field is missing",
        ])
    }

    @Test func productsReferToTheirExhibitorsAfterReadingSideBySide() throws {
        let catalog = try Fixtures.loadFictional()
        for product in catalog.products {
            guard let exhibitor = product.exhibitor else { continue }
            #expect(catalog.exhibitor(id: exhibitor) != nil)
        }
    }

    @Test(arguments: ["", " ", "\t\n\r\u{B}\u{C}", "\u{A0}", "\u{85}", "\u{2003}\u{3000}", "\u{1C}", "\u{1F}", " a ", "\u{A0}x",
                      "\u{600}a", "e\u{301}", "\r\n", "\u{200B}", "\u{FEFF}", " \u{301}", "\u{2028}\u{2029}"])
    func blankMeansEveryCharacterIsWhitespace(_ text: String) {
        #expect(ObjectReader.isBlank(text) == text.allSatisfy { $0.isWhitespace }, "\(text.unicodeScalars.map(\.value))")
    }

    /// Every scalar the table covers, alone and between letters and spaces, and random mixes:
    /// the table's sort key is the one the general rule gives.
    @Test func sortKeysFromTheTableMatchTheGeneralRule() {
        var texts: [String] = []
        for value in 0..<ScalarFoldTable.limit {
            guard let scalar = Unicode.Scalar(value) else { continue }
            texts.append(String(scalar))
            texts.append("a" + String(scalar) + "b")
            texts.append(" " + String(scalar) + " x")
        }
        var generator = SystemRandomNumberGenerator()
        let samples: [UInt32] = [0x41, 0x61, 0x20, 0x2D, 0x22, 0x30, 0xC9, 0xDF, 0x130, 0x131, 0x149, 0x259, 0x18F, 0x301, 0x34F,
                                 0x391, 0x3C2, 0x401, 0x451, 0x488, 0x4D9, 0xAD, 0xD, 0xA, 0x1C4, 0x1F1, 0x2BC, 0x37E]
        for _ in 0..<2000 {
            let length = Int.random(in: 1...8, using: &generator)
            texts.append(String(String.UnicodeScalarView((0..<length).map { _ in Unicode.Scalar(samples.randomElement(using: &generator)!)! })))
        }
        for text in texts where ScalarFoldTable.shared.covers(text) {
            var fast: [UInt8] = []
            var general: [UInt8] = []
            TextFolding.appendSortKeyByScalars(of: text, to: &fast)
            TextFolding.appendSortKeyByCharacters(of: text, to: &general)
            #expect(fast == general, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func sortKeysShareOneBufferWithoutMixing() {
        let names = ["Öztek", "\"AZERSILAH\"", "Azərsilah", "  ", "Бакы", "ŞİRKƏT-2"]
        var bytes: [UInt8] = []
        TextFolding.appendSortKey(of: "prefix", to: &bytes)
        for name in names {
            let start = bytes.count
            TextFolding.appendSortKey(of: name, to: &bytes)
            #expect(String(decoding: bytes[start...], as: UTF8.self) == TextFolding.sortKey(name))
        }
    }

    @Test func permutingMovesEachItemToItsPlace() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 7, 100] {
            let items = (0..<count).map { "item \($0) with a string long enough to be stored on the heap" }
            let order = Array(0..<count).shuffled(using: &generator)
            var permuted = items
            Catalog.permute(&permuted, into: order)
            #expect(permuted == order.map { items[$0] })
        }
    }

    @Test func productsAreFoundByTheirExhibitor() throws {
        let catalog = try Fixtures.loadFictional()
        for exhibitor in catalog.exhibitors {
            let expected = catalog.products.filter { $0.exhibitor == exhibitor.id }.map(\.id)
            #expect(catalog.products(of: exhibitor.id).map(\.id) == expected)
        }
        #expect(catalog.products(of: "no-such-exhibitor").isEmpty)
    }
}
