import GuideModel

/// A data file loaded for the guide: the catalog, the format the file was in, and for a fair
/// file what its conversion changed and where its data comes from.
public struct LoadedDataFile: Sendable {
    public var catalog: Catalog
    public var format: DataFileFormat
    /// Nil for an `adex-guide/1` file.
    public var conversion: FairConversionReport?
    public var provenance: FairProvenance?
    /// For several fair files opened together: each fair, and those left out (nil otherwise).
    public var collection: FairCollectionSummary?

    public init(catalog: Catalog, format: DataFileFormat, conversion: FairConversionReport? = nil, provenance: FairProvenance? = nil,
                collection: FairCollectionSummary? = nil) {
        self.catalog = catalog
        self.format = format
        self.conversion = conversion
        self.provenance = provenance
        self.collection = collection
    }
}
