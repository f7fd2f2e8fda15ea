/// The rarer shapes one fair file takes in a directory written with the dataset's shapes
/// (`guide-synth fairs --dataset-shapes`): each is a choice the real files make now and then, so a
/// reader tested on the common shapes alone meets them only on the whole dataset.
struct FairFileShapes: Sendable, Equatable {
    /// How a fair without exact days gives its date (`approxDate`).
    enum ApproximateDate: Sendable, Equatable {
        /// "2016" (828 of the dataset's 1,019 such fairs).
        case year
        /// "2016-05" (94).
        case yearMonth
        /// "2016-05-17" (97).
        case day
    }

    /// How a dated fair gives its venue (`address`).
    enum Venue: Sendable, Equatable {
        /// `{text, iso2, lat, lon}` (783 of 799).
        case object
        /// One string (13).
        case text
        /// A list of two venue objects (3).
        case list
    }

    /// `website` as a list of two addresses rather than one string (30 of 1,293).
    var websiteAsList = false
    var venue = Venue.object
    /// `country` as `{text, iso2}` rather than a name, on fairs without exact days (6 of 707).
    var countryAsObject = false
    /// `social` as one `{platform, url}` object rather than a list (3 of 292).
    var socialAsObject = false
    /// A `delegation` list: the official delegations invited (52 fairs).
    var hasDelegations = false
    /// `endDate` a year before `startDate`, a typo in the year (2 of 832 dated fairs).
    var endBeforeStart = false
    var approximateDate = ApproximateDate.year

    /// The common shapes: what every file has without `--dataset-shapes`.
    static let common = FairFileShapes()
}
