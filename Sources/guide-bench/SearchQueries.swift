/// The fixed queries of the search benchmark: what visitors type at a trade show, each typed
/// character by character for the per-keystroke latency and run whole for the comparison with fzf.
///
/// They are fixed (never drawn at random) so figures from different runs and commits compare, and
/// chosen to hit the synthetic shows' vocabulary (see `GuideSynthetic.NameVocabulary`), so each one
/// finds something at every size. The order matters: at a million exhibitors the whole-process
/// comparison (and, on request, the typing) may use only the first few (see
/// `GuideBench.largeSearchQueries` and `largeTypingQueries`), so the first ones cover the most
/// common kinds of query.
enum SearchQueries {
    struct Query {
        let text: String
        /// The kind of query it stands for, printed nowhere: it documents the choice.
        let kind: String
    }

    static let all: [Query] = [
        Query(text: "azer", kind: "partial name without accents (Azər ...)"),
        Query(text: "drone", kind: "a product type (tactical drone)"),
        Query(text: "kartal savunma", kind: "two words of a name (Kartal Savunma ...)"),
        Query(text: "сокол", kind: "Cyrillic (Сокол, and its Latin form Sokol)"),
        Query(text: "germany", kind: "a country"),
        Query(text: "muhendislik", kind: "a word without accents (Mühendislik, Mühəndislik)"),
        Query(text: "aviaton", kind: "a typo (aviation with a letter missing)"),
        Query(text: "krakow", kind: "a place in a name without accents (Kraków)"),
        Query(text: "schroder", kind: "a surname without umlaut (Schröder)"),
        Query(text: "night vision", kind: "a two-word product category"),
        Query(text: "gsd", kind: "a company's acronym (an alternative name)"),
        Query(text: "quliyev", kind: "a speaker's surname in the programme"),
    ]
}
