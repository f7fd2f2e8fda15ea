import GuideModel

/// One thing the conversion did to a fair file's data, at the place in the file it concerns:
/// `$.exhibitor[3].country: "FRANCE" -> FR`. The report lists every one, so nothing is normalised
/// behind the reader's back.
public struct FairChange: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Leading or trailing whitespace removed, or an inner run collapsed to one space.
        case whitespace
        /// HTML character references decoded (`GORA&#381;DE` -> `GORAŽDE`).
        case characterReference
        /// A country name mapped to its ISO code (`"FRANCE"` -> FR).
        case countryMapped
        /// A country that names no known country, kept as text (`"EUROPEAN UNION"`).
        case countryUnknown
        /// The text and the code of a country disagree, or the text is an address fragment.
        case countryDoubtful
        /// No country given; the exhibitor's address says which (its last line, else its code).
        case countryFromAddress
        /// Several countries given; one was kept.
        case severalCountries
        /// A website the dataset read relative to the organiser's page, given back its own host
        /// (`https://idef.com.tr/en/www.airbus.com` -> `http://www.airbus.com`).
        case websiteRepaired
        /// A list field given as a single string, read as a list of one.
        case singleValue
        /// A category, alias or spelling repeated, or blank, and left out.
        case duplicateOrBlank
        /// Entries that are the same company spelled differently, merged into one exhibitor.
        case duplicatesMerged
        /// An entry without a usable name, left out.
        case entryLeftOut
        /// An id that is not the plain slug of the name (taken, or nothing Latin in the name).
        case idAssigned
        /// Something the `adex-guide/1` format needs and the fair file does not say directly
        /// (time zone, data date, event name, venue).
        case derived
        /// Data the `adex-guide/1` format has no place for (addresses, telephones, social links...).
        case notCarriedOver
    }

    public var kind: Kind
    public var path: JSONPath
    public var message: String
    /// How many values this one record stands for: a list that repeats a value 5,000 times gets
    /// one line saying so, not 5,000, while the summary still counts every value left out.
    public var occurrences: Int

    public init(_ kind: Kind, at path: JSONPath, _ message: String, occurrences: Int = 1) {
        self.kind = kind
        self.path = path
        self.message = message
        self.occurrences = occurrences
    }

    public var description: String { "\(path): \(message)" }
}
