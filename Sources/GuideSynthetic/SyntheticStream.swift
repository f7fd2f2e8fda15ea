/// Tags that keep the random streams of different kinds of record apart: exhibitor 7's stand and
/// exhibitor 7's name come from unrelated numbers.
enum SyntheticStream: UInt64 {
    case standClass = 1
    case exhibitor
    case products
    case hall
    case programme
    case orphanProduct
    case layout
    // Synthetic fair files (`SyntheticFairDirectory`); appended, so the show's streams keep their values.
    case fairPlan
    case fairSeries
    case fairCompany
    case fairRoster
    case fairList
    // The dataset's rarer shapes (`--dataset-shapes`): streams of their own, so the files written
    // without them keep every byte.
    case datasetShapePlan
    case datasetShapeEntries
    case delegations
}
