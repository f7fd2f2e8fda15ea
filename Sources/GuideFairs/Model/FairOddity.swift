import GuideModel

/// One place where a fair file departs from the dataset's usual shape and what the reader did
/// about it: `$.exhibitor[12].website: 2 websites: the first is the website, 1 kept as another
/// website`. Read leniently, the file is still read and every oddity is listed; read strictly
/// (`--strict`), each one is a problem that refuses the file.
public struct FairOddity: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Several values where the dataset usually has one (a list of websites, of addresses):
        /// the first is used, the others kept or named.
        case severalValues
        /// A value that cannot be read (a number where a name should be), left out.
        case dropped
        /// An end date before the start date, corrected.
        case dateCorrected
        /// A value the file does not give, derived from what it does (a year from the edition).
        case derived
    }

    public var kind: Kind
    public var path: JSONPath
    public var message: String

    public init(_ kind: Kind, at path: JSONPath, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
