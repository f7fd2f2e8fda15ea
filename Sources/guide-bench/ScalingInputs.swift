import GuideModel

/// Synthetic inputs of a given size for the complexity table, in the shapes that have hit
/// superlinear paths: names all ASCII or with one non-ASCII letter, deep category chains and rings,
/// values repeated in a fair entry's lists, one name listed many times, plans of stale items.
enum ScalingInputs {
    /// A small valid `adex-guide/1` show around the given exhibitors and categories.
    static func show(exhibitors: [JSONValue], categories: [JSONValue], timeZone: String = "UTC") -> [UInt8] {
        let document = JSONValue.dict([
            ("format", .string("adex-guide/1")),
            ("event", .dict([
                ("id", .string("scaling")), ("name", .string("Scaling benchmark")),
                ("venue", .dict([("name", .string("Hall")), ("sources", .strings(["s1"]))])),
                ("timeZone", .string(timeZone)), ("dataAsOf", .string("2030-01-01")),
                ("notice", .string("Synthetic data for guide-bench --scaling.")),
            ])),
            ("sources", .array([.dict([("id", .string("s1")), ("title", .string("Synthetic"))])])),
            ("shows", .array([.dict([("id", .string("main")), ("name", .string("Main")), ("firstDay", .string("2030-06-03")),
                                     ("lastDay", .string("2030-06-05")), ("sources", .strings(["s1"]))])])),
            ("categories", .array(categories)),
            ("countries", .array([.dict([("code", .string("TR")), ("name", .string("Türkiye"))])])),
            ("kinds", .array([.dict([("id", .string("company")), ("name", .string("Company"))])])),
            ("exhibitors", .array(exhibitors)),
        ])
        return Array(JSONWriter.write(document, pretty: false).utf8)
    }

    static func exhibitor(_ index: Int, name: String, categories: [String], country: String? = "TR") -> JSONValue {
        var fields: [(String, JSONValue)] = [("id", .string("e\(index)")), ("name", .string(name))]
        if let country { fields.append(("country", .string(country))) }
        fields += [("shows", .strings(["main"])), ("listed", .bool(true)), ("kind", .string("company")),
                   ("categories", .strings(categories)), ("sources", .strings(["s1"])), ("confidence", .string("confirmed"))]
        return .dict(fields)
    }

    static func category(_ id: String, parent: String?) -> JSONValue {
        var fields: [(String, JSONValue)] = [("id", .string(id)), ("name", .string("Category \(id)"))]
        if let parent { fields.append(("parent", .string(parent))) }
        return .dict(fields)
    }

    /// Company names with words from a small vocabulary, all ASCII or with one "ö" each.
    static func companyName(_ index: Int, nonASCII: Bool) -> String {
        let words = ["Kartal", "Savunma", "Aero", "Marine", "Optik", "Systems", "Defence", "Radar", "Sonar", "Dynamics"]
        let first = words[index % words.count]
        let second = words[(index / words.count) % words.count]
        return "\(nonASCII ? first.replacingOccurrences(of: "o", with: "ö") + "ö" : first) \(second) \(index) Ltd"
    }

    /// A fair file of the CAAT/Omega dataset with the given entries.
    static func fair(_ entries: [JSONValue], edition: String = "2024") -> [UInt8] {
        let document = JSONValue.dict([
            ("name", .string("Scaling Fair \(edition)")), ("series", .string("Scaling Fair")), ("edition", .string(edition)),
            ("startDate", .string("\(edition)-09-24")), ("endDate", .string("\(edition)-09-26")),
            ("address", .dict([("text", .string("Expo Centre\nBaku\nAzerbaijan")), ("iso2", .string("AZ"))])),
            ("exhibitorListDate", .string("\(edition)-09-20")),
            ("exhibitor", .array(entries)),
        ])
        return Array(JSONWriter.write(document, pretty: false).utf8)
    }

    static func fairEntry(name: String, country: String? = "Turkey", categories: [String] = [], aliases: [String] = []) -> JSONValue {
        var fields: [(String, JSONValue)] = [("name", .string(name))]
        if let country { fields.append(("country", .dict([("text", .string(country))]))) }
        if !categories.isEmpty { fields.append(("category", .strings(categories))) }
        if !aliases.isEmpty { fields.append(("alias", .strings(aliases))) }
        return .dict(fields)
    }
}
