/// A cleaned text with its comparison key (`FairConverter.categoryKey`), computed once: a large
/// fair repeats a few hundred category names tens of thousands of times.
struct KeyedText: Hashable {
    var text: String
    var key: String
}
