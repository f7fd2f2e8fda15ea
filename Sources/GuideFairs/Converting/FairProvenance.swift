import GuideModel

/// Where a converted fair's data comes from, for `info` and the guide to credit: the dataset,
/// the file, and the organiser's list it copied.
public struct FairProvenance: Sendable, Hashable {
    public var datasetName: String
    public var datasetURL: String
    /// The fair file's name (its last path component).
    public var file: String
    public var exhibitorListURL: String?
    /// When the dataset copied the list, as written ("2025-04-24T10:08:28+00:00").
    public var exhibitorListDateText: String?
    public var exhibitorListDate: LocalDate?

    public init(datasetName: String = FairSource.datasetName, datasetURL: String = FairSource.datasetURL, file: String,
                exhibitorListURL: String? = nil, exhibitorListDateText: String? = nil, exhibitorListDate: LocalDate? = nil) {
        self.datasetName = datasetName
        self.datasetURL = datasetURL
        self.file = file
        self.exhibitorListURL = exhibitorListURL
        self.exhibitorListDateText = exhibitorListDateText
        self.exhibitorListDate = exhibitorListDate
    }
}
