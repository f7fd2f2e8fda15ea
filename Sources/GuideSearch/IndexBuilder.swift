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
    /// For each facet id, the entry it was last added to (`addFacet`), or -1.
    private var lastEntryOfFacet: [Int32] = []
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
            // At most `Category.maximumLevels` long, as the loader allows (and safe on a ring).
            while let parent = next, ids.count < Category.maximumLevels, !ids.contains(parent) {
                ids.append(parent)
                next = catalog.category(id: parent)?.parent
            }
            ancestorsOfCategory[category.id] = ids.map { facet(.category, $0) }
        }
        func categoryFacets(_ ids: [String]) -> [Int32] {
            if ids.count == 1 { return ancestorsOfCategory[ids[0]] ?? [] }
            var all: [Int32] = []
            // A set of those taken keeps an entry with thousands of categories linear.
            var taken = Set<Int32>()
            for id in ids {
                for facet in ancestorsOfCategory[id] ?? [] where taken.insert(facet).inserted { all.append(facet) }
            }
            return all
        }

        // Products by exhibitor position (the catalog's flat lists), and each product's exhibitor
        // position worked out from them, so no id is looked up.
        let productStarts = catalog.productRanges
        let productsOfExhibitor = catalog.productsByExhibitor
        var exhibitorOfProduct = [Int32](repeating: -1, count: catalog.products.count)
        for owner in 0..<catalog.exhibitors.count {
            for index in Int(productStarts[owner])..<Int(productStarts[owner + 1]) {
                exhibitorOfProduct[Int(productsOfExhibitor[index])] = Int32(owner)
            }
        }

        // What a product repeats from its exhibitor, recorded while the exhibitor is added: the
        // string of its name and its country, show and hall facets; and the string of each product
        // name an exhibitor lists. A product then looks none of them up again.
        var exhibitorNameStrings = [Int32](repeating: -1, count: catalog.exhibitors.count)
        var ownerFacets: [Int32] = []
        var ownerFacetStarts: [Int32] = [0]
        ownerFacets.reserveCapacity(catalog.exhibitors.count * 3)
        ownerFacetStarts.reserveCapacity(catalog.exhibitors.count + 1)
        var productNameStrings = [Int32](repeating: -1, count: catalog.products.count)

        // Fields are read through pointers (`pointer.pointee.name`): subscripting the buffer copies
        // the whole exhibitor or product first, a retain and release of every string it holds.
        catalog.exhibitors.withUnsafeBufferPointer { exhibitorBuffer in
            catalog.products.withUnsafeBufferPointer { productBuffer in
                for order in exhibitorBuffer.indices {
                    let exhibitor = exhibitorBuffer.baseAddress.unsafelyUnwrapped + order
                    exhibitorNameStrings[order] = beginEntry(.exhibitor, id: exhibitor.pointee.id, title: exhibitor.pointee.name,
                                                             .name, 10)
                    for name in exhibitor.pointee.altNames { row(name, .alsoKnownAs, 9) }
                    if let code = exhibitor.pointee.stand?.code { row(code, .stand, 7) }
                    for index in Int(productStarts[order])..<Int(productStarts[order + 1]) {
                        let product = Int(productsOfExhibitor[index])
                        productNameStrings[product] = row(productBuffer.baseAddress.unsafelyUnwrapped.advanced(by: product).pointee.name,
                                                          .product, 4)
                    }
                    if let description = exhibitor.pointee.description { row(description, .description, 1) }
                    if let country = exhibitor.pointee.country { ownerFacets.append(facet(.country, country)) }
                    for show in exhibitor.pointee.shows { ownerFacets.append(facet(.show, show)) }
                    if let hall = exhibitor.pointee.stand?.hall { ownerFacets.append(facet(.hall, hall)) }
                    for index in Int(ownerFacetStarts[order])..<ownerFacets.count { addFacet(ownerFacets[index]) }
                    ownerFacetStarts.append(Int32(ownerFacets.count))
                    for facet in categoryFacets(exhibitor.pointee.categories) { addFacet(facet) }
                    addFacet(facet(.kind, exhibitor.pointee.kind))
                    endEntry()
                }
                for order in productBuffer.indices {
                    let product = productBuffer.baseAddress.unsafelyUnwrapped + order
                    let knownName = productNameStrings[order]
                    if knownName >= 0 {
                        beginEntry(.product, id: product.pointee.id, title: product.pointee.name, string: knownName, .name, 10)
                    } else {
                        beginEntry(.product, id: product.pointee.id, title: product.pointee.name, .name, 10)
                    }
                    if let type = product.pointee.type { row(type, .type, 6) }
                    for facet in categoryFacets(product.pointee.categories) { addFacet(facet) }
                    let ownerPosition = Int(exhibitorOfProduct[order])
                    if ownerPosition >= 0 {
                        let owner = exhibitorBuffer.baseAddress.unsafelyUnwrapped + ownerPosition
                        row(owner.pointee.name, string: exhibitorNameStrings[ownerPosition], .shownBy, 3)
                        for index in Int(ownerFacetStarts[ownerPosition])..<Int(ownerFacetStarts[ownerPosition + 1]) {
                            addFacet(ownerFacets[index])
                        }
                    }
                    if let origin = product.pointee.origin { row(origin, .shownBy, 3) }
                    if let description = product.pointee.description { row(description, .description, 1) }
                    endEntry()
                }
            }
        }
        for category in catalog.categories {
            beginEntry(.category, id: category.id, title: category.name, .name, 10)
            addFacet(facet(.category, category.id))
            endEntry()
        }
        for country in catalog.countries {
            beginEntry(.country, id: country.code, title: country.name, .name, 10)
            row(country.code, .code, 6)
            for name in country.altNames { row(name, .alsoKnownAs, 9) }
            addFacet(facet(.country, country.code))
            endEntry()
        }
        for item in catalog.programme {
            beginEntry(.programme, id: item.id, title: item.title, .title, 10)
            for person in item.people { row(person, .people, 6) }
            for organisation in item.organisations { row(organisation, .organisations, 5) }
            if let place = item.place { row(place, .place, 4) }
            if let description = item.description { row(description, .description, 1) }
            for show in item.shows { addFacet(facet(.show, show)) }
            for day in item.days { addFacet(facet(.day, day.description)) }
            endEntry()
        }
    }

    /// Starts an entry whose title is `title`, also its first row (a name or a programme title),
    /// so the title's string is looked up once.
    @discardableResult
    private mutating func beginEntry(_ kind: SearchKind, id: String, title: String, string titleString: Int32? = nil,
                                     _ label: IndexTables.Label, _ weight: UInt8) -> Int32 {
        tables.entryKinds.append(kind.code)
        // Ids are distinct, so looking them up would only ever miss: they are stored as they are.
        tables.entryIDs.append(strings.appendWithoutLookup(id))
        foldedOfString.append((-2, -2))
        let title = row(title, string: titleString, label, weight)
        tables.entryTitles.append(title)
        return title
    }

    private mutating func endEntry() {
        tables.entryRowStarts.append(Int32(tables.rowTexts.count))
        tables.entryFacetStarts.append(Int32(tables.entryFacets.count))
    }

    /// Adds a facet value to the current entry once. Each facet remembers the last entry it was
    /// added to, so an entry with thousands of facets (categories) stays linear.
    private mutating func addFacet(_ facet: Int32) {
        let entry = Int32(tables.entryFacetStarts.count - 1)
        let slot = Int(facet)
        if slot >= lastEntryOfFacet.count { lastEntryOfFacet.append(contentsOf: repeatElement(-1, count: slot + 1 - lastEntryOfFacet.count)) }
        guard lastEntryOfFacet[slot] != entry else { return }
        lastEntryOfFacet[slot] = entry
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
    /// `stringID` is `text`'s string id when the caller already knows it.
    @discardableResult
    private mutating func row(_ text: String, string knownString: Int32? = nil, _ label: IndexTables.Label, _ weight: UInt8) -> Int32 {
        let stringID = knownString ?? string(text)
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
        return stringID
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
