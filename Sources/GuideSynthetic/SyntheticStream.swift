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
}
