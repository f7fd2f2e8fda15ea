import GuideModel

/// The "same searchable strings" for fzf: one line per short, name-like string the guide's search
/// index holds, derived from the loaded `Catalog` so fzf filters what the guide searches.
///
/// The rule, item by item in catalog order (a string repeated on many items, such as a programme
/// place, is repeated here too, because the index scans it once per item as well):
/// - exhibitors: the name, each alternative name, and the stand code when one is published;
/// - products: the name and the product type;
/// - categories: the name;
/// - countries: the name and each alternative name;
/// - programme items: the title, each person, each organisation and the place.
///
/// Left out on purpose: descriptions (prose a visitor does not type a fragment of, and several times
/// the bytes of all names together; the guide searches them with the lowest weight), a product's
/// "shown by" exhibitor name (the exhibitor's own line already holds it) and two-letter country codes.
/// Stand codes are in although the current index does not search them: visitors type them ("B12"),
/// and the issue lists them. Line breaks and tabs inside a string become spaces, so one string is
/// always one line.
enum SearchableLines {
    /// Writes the lines to `path`; returns how many lines and bytes were written.
    static func write(_ catalog: Catalog, to path: String) throws -> (lines: Int, bytes: Int) {
        var stream = try TextFileStream(path: path)
        var lines = 0
        var bytes = 0
        func line(_ text: String) {
            var clean = text
            if clean.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                clean = String(clean.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" ? " " : $0 })
            }
            stream.write(clean)
            stream.write("\n")
            lines += 1
            bytes += clean.utf8.count + 1
        }
        for exhibitor in catalog.exhibitors {
            line(exhibitor.name)
            exhibitor.altNames.forEach(line)
            if let code = exhibitor.stand?.code { line(code) }
        }
        for product in catalog.products {
            line(product.name)
            if let type = product.type { line(type) }
        }
        for category in catalog.categories { line(category.name) }
        for country in catalog.countries {
            line(country.name)
            country.altNames.forEach(line)
        }
        for item in catalog.programme {
            line(item.title)
            item.people.forEach(line)
            item.organisations.forEach(line)
            if let place = item.place { line(place) }
        }
        try stream.close()
        return (lines, bytes)
    }
}
