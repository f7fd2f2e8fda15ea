import GuideModel

/// Queries for typing on a catalogue of fair files, taken from its own exhibitors' names (a
/// synthetic directory's names are invented brands, which `SearchQueries` would not find; the
/// samples' names are real). Chosen at fixed places in the name-sorted list, so the same
/// catalogue always gives the same queries and figures compare across commits.
enum FairQueries {
    struct Query {
        let text: String
        /// What kind of query it stands for, printed next to its figures.
        let kind: String
    }

    static func make(from catalog: Catalog) -> [Query] {
        let exhibitors = catalog.exhibitors
        guard !exhibitors.isEmpty else { return [] }
        /// The first exhibitor at or after `share` of the list (wrapping) that gives a query.
        func pick(_ share: Double, _ make: (Exhibitor) -> String?) -> String? {
            let start = Int(Double(exhibitors.count) * share) % exhibitors.count
            for offset in 0..<exhibitors.count {
                if let query = make(exhibitors[(start + offset) % exhibitors.count]) { return query }
            }
            return nil
        }
        var queries: [Query] = []
        func add(_ kind: String, _ text: String?) {
            guard let text, !text.isEmpty, !queries.contains(where: { $0.text == text }) else { return }
            queries.append(Query(text: text, kind: kind))
        }
        add("a name's first word", pick(1 / 9) { words($0.name).first { $0.count >= 4 } })
        add("a name's first two words", pick(2 / 9) { exhibitor in
            let parts = words(exhibitor.name)
            return parts.count >= 2 ? parts[0] + " " + parts[1] : nil
        })
        add("a typo: a letter missing", pick(3 / 9) { exhibitor in
            words(exhibitor.name).first { $0.count >= 7 }.map { word in
                var letters = Array(word)
                letters.remove(at: letters.count / 2)
                return String(letters)
            }
        })
        add("a country filter and a word", pick(4 / 9) { exhibitor in
            guard let country = exhibitor.country, let word = words(exhibitor.name).first(where: { $0.count >= 4 }) else { return nil }
            return "country:\(country.lowercased()) \(word)"
        })
        add("a word in another script (Greek, Cyrillic...), as written", pick(5 / 9) { exhibitor in
            words(exhibitor.name).first { word in word.count >= 4 && word.unicodeScalars.contains { $0.value >= 0x370 && $0.properties.isAlphabetic } }
        })
        add("an alternative spelling", pick(6 / 9) { exhibitor in
            let own = Set(words(exhibitor.name))
            return exhibitor.altNames.lazy.compactMap { alt in words(alt).first { $0.count >= 4 && !own.contains($0) } }.first
        })
        add("the most common long word of the names", commonestWord(exhibitors))
        add("a whole name", pick(7 / 9) { exhibitor in
            let parts = words(exhibitor.name)
            return parts.count >= 3 ? parts.prefix(4).joined(separator: " ") : nil
        })
        return queries
    }

    /// Lowercased words of letters only (digits and punctuation split them), as a visitor types them.
    static func words(_ name: String) -> [String] {
        name.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 2 }
    }

    /// The word of six letters or more that most names hold (ties: alphabetically first).
    static func commonestWord(_ exhibitors: [Exhibitor]) -> String? {
        var counts: [String: Int] = [:]
        for exhibitor in exhibitors {
            for word in Set(words(exhibitor.name)) where word.count >= 6 { counts[word, default: 0] += 1 }
        }
        return counts.min { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }?.key
    }
}
