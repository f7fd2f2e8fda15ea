import GuideModel

/// Builds `IndexTables` from a catalog: folds each distinct string once, splits each distinct text
/// into words once, and records per entry only ids.
///
/// What is searchable, with its weight (a field's tier is multiplied by it):
/// - exhibitors: name 10, alternative names 9, stand code 7, product names 4, description 1;
/// - products: name 10, type 6, the exhibitor showing it 3 (or its stated origin), description 1;
/// - categories: name 10; countries: name 10, alternative names 9, code 6;
/// - programme items: title 10, people 6, organisations 5, place 4, description 1.
struct IndexBuilder {
    private var tables = IndexTables()
    private var strings = ByteInterner(expectedCount: 1 << 16)
    private var words = ByteInterner(expectedCount: 1 << 14)
    private var texts = ByteInterner(expectedCount: 1 << 16)
    private var acronyms = ByteInterner(expectedCount: 1 << 12)
    private var facets = ByteInterner(expectedCount: 1 << 10)
    private var facetKey: [UInt8] = []
    /// Text id (and alternative spelling's text id, or -1) of each string id already folded; -2 when not yet.
    private var foldedOfString: [(text: Int32, alternative: Int32)] = []

    static func build(_ catalog: Catalog) -> IndexTables {
        var builder = IndexBuilder()
        builder.add(catalog)
        return builder.finish()
    }

    private mutating func add(_ catalog: Catalog) {
        var ancestorsOfCategory: [String: [Int32]] = [:]
        for category in catalog.categories {
            var ids = [category.id]
            var next = category.parent
            while let parent = next, !ids.contains(parent) {
                ids.append(parent)
                next = catalog.category(id: parent)?.parent
            }
            ancestorsOfCategory[category.id] = ids.map { facet(.category, $0) }
        }
        func categoryFacets(_ ids: [String]) -> [Int32] {
            if ids.count == 1 { return ancestorsOfCategory[ids[0]] ?? [] }
            var all: [Int32] = []
            for id in ids {
                for facet in ancestorsOfCategory[id] ?? [] where !all.contains(facet) { all.append(facet) }
            }
            return all
        }

        // Products by exhibitor position, and exhibitor positions by id, worked out once (asking the
        // catalog per exhibitor copies every product); the show's arrays are read in place.
        var positionOfExhibitor: [String: Int32] = [:]
        positionOfExhibitor.reserveCapacity(catalog.exhibitors.count)
        for (position, exhibitor) in catalog.exhibitors.enumerated() where positionOfExhibitor[exhibitor.id] == nil {
            positionOfExhibitor[exhibitor.id] = Int32(position)
        }
        let exhibitorOfProduct: [Int32] = catalog.products.map { product in product.exhibitor.flatMap { positionOfExhibitor[$0] } ?? -1 }
        var productStarts = [Int32](repeating: 0, count: catalog.exhibitors.count + 1)
        for owner in exhibitorOfProduct where owner >= 0 { productStarts[Int(owner) + 1] += 1 }
        for index in 0..<catalog.exhibitors.count { productStarts[index + 1] += productStarts[index] }
        var productsOfExhibitor = [Int32](repeating: 0, count: Int(productStarts.last ?? 0))
        var next = productStarts
        for (product, owner) in exhibitorOfProduct.enumerated() where owner >= 0 {
            productsOfExhibitor[Int(next[Int(owner)])] = Int32(product)
            next[Int(owner)] += 1
        }

        catalog.exhibitors.withUnsafeBufferPointer { exhibitors in
            catalog.products.withUnsafeBufferPointer { products in
                for order in exhibitors.indices {
                    beginEntry(.exhibitor, id: exhibitors[order].id, title: exhibitors[order].name)
                    row(exhibitors[order].name, .name, 10)
                    for name in exhibitors[order].altNames { row(name, .alsoKnownAs, 9) }
                    if let code = exhibitors[order].stand?.code { row(code, .stand, 7) }
                    for index in Int(productStarts[order])..<Int(productStarts[order + 1]) {
                        row(products[Int(productsOfExhibitor[index])].name, .product, 4)
                    }
                    if let description = exhibitors[order].description { row(description, .description, 1) }
                    if let country = exhibitors[order].country { addFacet(facet(.country, country)) }
                    for facet in categoryFacets(exhibitors[order].categories) { addFacet(facet) }
                    for show in exhibitors[order].shows { addFacet(facet(.show, show)) }
                    if let hall = exhibitors[order].stand?.hall { addFacet(facet(.hall, hall)) }
                    addFacet(facet(.kind, exhibitors[order].kind))
                    endEntry()
                }
                for order in products.indices {
                    beginEntry(.product, id: products[order].id, title: products[order].name)
                    row(products[order].name, .name, 10)
                    if let type = products[order].type { row(type, .type, 6) }
                    for facet in categoryFacets(products[order].categories) { addFacet(facet) }
                    let owner = Int(exhibitorOfProduct[order])
                    if owner >= 0 {
                        row(exhibitors[owner].name, .shownBy, 3)
                        if let country = exhibitors[owner].country { addFacet(facet(.country, country)) }
                        for show in exhibitors[owner].shows { addFacet(facet(.show, show)) }
                        if let hall = exhibitors[owner].stand?.hall { addFacet(facet(.hall, hall)) }
                    }
                    if let origin = products[order].origin { row(origin, .shownBy, 3) }
                    if let description = products[order].description { row(description, .description, 1) }
                    endEntry()
                }
            }
        }
        for category in catalog.categories {
            beginEntry(.category, id: category.id, title: category.name)
            row(category.name, .name, 10)
            addFacet(facet(.category, category.id))
            endEntry()
        }
        for country in catalog.countries {
            beginEntry(.country, id: country.code, title: country.name)
            row(country.name, .name, 10)
            row(country.code, .code, 6)
            for name in country.altNames { row(name, .alsoKnownAs, 9) }
            addFacet(facet(.country, country.code))
            endEntry()
        }
        for item in catalog.programme {
            beginEntry(.programme, id: item.id, title: item.title)
            row(item.title, .title, 10)
            for person in item.people { row(person, .people, 6) }
            for organisation in item.organisations { row(organisation, .organisations, 5) }
            if let place = item.place { row(place, .place, 4) }
            if let description = item.description { row(description, .description, 1) }
            for show in item.shows { addFacet(facet(.show, show)) }
            for day in item.days { addFacet(facet(.day, day.description)) }
            endEntry()
        }
    }

    private mutating func beginEntry(_ kind: SearchKind, id: String, title: String) {
        tables.entryKinds.append(kind.code)
        tables.entryIDs.append(string(id))
        tables.entryTitles.append(string(title))
    }

    private mutating func endEntry() {
        tables.entryRowStarts.append(Int32(tables.rowTexts.count))
        tables.entryFacetStarts.append(Int32(tables.entryFacets.count))
    }

    private mutating func addFacet(_ facet: Int32) {
        let start = Int(tables.entryFacetStarts[tables.entryFacetStarts.count - 1])
        if tables.entryFacets[start...].contains(facet) { return }
        tables.entryFacets.append(facet)
    }

    private mutating func string(_ text: String) -> Int32 {
        let (id, isNew) = strings.intern(text)
        if isNew { foldedOfString.append((-2, -2)) }
        return id
    }

    private mutating func facet(_ field: SearchQuery.Field, _ value: String) -> Int32 {
        // The key (field code, then the value) is built in a buffer kept between calls: five facets
        // per entry would otherwise be five allocations.
        facetKey.removeAll(keepingCapacity: true)
        facetKey.append(field.code)
        facetKey += value.utf8
        let (id, isNew) = facets.intern(facetKey)
        if isNew {
            tables.facetFields.append(field.code)
            tables.facetStrings.append(string(value))
        }
        return id
    }

    /// One searchable field of the current entry (two rows when a Cyrillic х has two spellings).
    private mutating func row(_ text: String, _ label: IndexTables.Label, _ weight: UInt8) {
        let stringID = string(text)
        var folded = foldedOfString[Int(stringID)]
        if folded.text == -2 {
            folded.text = self.text(FoldedField.foldedBytes(text))
            folded.alternative = -1
            if text.unicodeScalars.contains(where: { $0.value == 0x0445 || $0.value == 0x0425 }) {
                let alternative = self.text(FoldedField.foldedBytes(text, cyrillicHAsH: true))
                if alternative != folded.text { folded.alternative = alternative }
            }
            foldedOfString[Int(stringID)] = folded
        }
        let labelCode = label.rawValue
        tables.rowTexts.append(folded.text)
        tables.rowWeights.append(weight)
        tables.rowLabels.append(labelCode)
        tables.rowStrings.append(stringID)
        if folded.alternative >= 0 {
            tables.rowTexts.append(folded.alternative)
            tables.rowWeights.append(weight | IndexTables.alternativeFlag)
            tables.rowLabels.append(labelCode)
            tables.rowStrings.append(stringID)
        }
    }

    /// The id of a folded text, splitting a new one into words and its acronym.
    private mutating func text(_ bytes: [UInt8]) -> Int32 {
        let (id, isNew) = texts.intern(bytes)
        guard isNew else { return id }
        var initials: [UInt8] = []
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = start
                while end < buffer.count && buffer[end] != 0x20 { end += 1 }
                let word = UnsafeBufferPointer(rebasing: buffer[start..<end])
                tables.textWords.append(words.intern(word).id)
                if !FieldMatcher.isStopWord(word) { initials.append(word[0]) }
                start = end + 1
            }
        }
        tables.textWordStarts.append(Int32(tables.textWords.count))
        tables.textAcronyms.append(initials.count >= 2 ? acronyms.intern(initials).id : -1)
        return id
    }

    /// Each interned string's letters (`FoldedField.bit`), to skip strings lacking a letter of the query.
    private static func masks(_ strings: ByteInterner) -> [UInt64] {
        (0..<strings.count).map { string in
            var mask: UInt64 = 0
            for index in Int(strings.starts[string])..<Int(strings.starts[string + 1]) { mask |= FoldedField.bit(strings.bytes[index]) }
            return mask
        }
    }

    private consuming func finish() -> IndexTables {
        tables.wordBytes = words.bytes
        tables.wordStarts = words.starts
        tables.wordMasks = Self.masks(words)
        tables.acronymMasks = Self.masks(acronyms)
        tables.textBytes = texts.bytes
        tables.textByteStarts = texts.starts
        tables.acronymBytes = acronyms.bytes
        tables.acronymStarts = acronyms.starts
        tables.stringBytes = strings.bytes
        tables.stringStarts = strings.starts
        tables.invert()
        return tables
    }
}

extension SearchKind {
    /// Stored in the index as a byte, in `allCases` order (which is also the order of groups).
    var code: UInt8 { UInt8(Self.allCases.firstIndex(of: self)!) }

    init?(code: UInt8) {
        guard Int(code) < Self.allCases.count else { return nil }
        self = Self.allCases[Int(code)]
    }
}

extension SearchQuery.Field {
    var code: UInt8 { UInt8(Self.allCases.firstIndex(of: self)!) }
}
