import GuideModel

/// A fair converted to the `adex-guide/1` format: the document, every change made on the way,
/// and where the data comes from.
public struct FairConversion: Sendable {
    public var document: JSONValue
    public var report: FairConversionReport
    public var provenance: FairProvenance

    public init(document: JSONValue, report: FairConversionReport, provenance: FairProvenance) {
        self.document = document
        self.report = report
        self.provenance = provenance
    }
}
