/// A product or sector category; categories may form a tree through `parent`.
public struct Category: Sendable, Hashable, Identifiable {
    /// How deep categories may nest: a top-level category is level 1, its sub-categories level 2,
    /// and so on down to this. Real taxonomies have a handful of levels; the limit keeps every
    /// walk up a category's parents short (counts including sub-categories, the filter, search
    /// facets, the indented tree), so a file of long parent chains loads in linear time.
    public static let maximumLevels = 16

    public var id: String
    public var name: String
    /// Other spellings of the same category (a catalogue of many fairs merges "Radars" and
    /// "RADAR"), found by search and type-to-find like the name.
    public var altNames: [String]
    public var parent: String?
    public var sources: [String]

    public init(id: String, name: String, altNames: [String] = [], parent: String? = nil, sources: [String] = []) {
        self.id = id
        self.name = name
        self.altNames = altNames
        self.parent = parent
        self.sources = sources
    }
}

/// A country, identified by its ISO 3166-1 alpha-2 code.
public struct Country: Sendable, Hashable, Identifiable {
    public var code: String
    public var name: String
    /// Other names people search for ("Turkey" for Türkiye).
    public var altNames: [String]
    public var note: String?
    public var sources: [String]

    public var id: String { code }

    public init(code: String, name: String, altNames: [String] = [], note: String? = nil, sources: [String] = []) {
        self.code = code
        self.name = name
        self.altNames = altNames
        self.note = note
        self.sources = sources
    }
}

/// What sort of organisation an exhibitor is (company, state body, media...).
public struct ExhibitorKind: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
