/// Repairs one mess of the dataset's exhibitor websites: a link the organiser's page wrote without
/// its scheme (`www.airbus.com`), read by the scraper as relative to that page, so the dataset has
/// `https://idef.com.tr/en/www.airbus.com` (165 of IDEF 2023's 477 websites). The organiser's site
/// has no such page; the exhibitor's site is what follows.
///
/// Conservative: only a link on one of the fair's own sites (its website, its list's address, its
/// organisers' websites) whose path, after an optional language segment (`en/`), starts with a
/// host name (`www.` or a dotted name ending in letters, no file extension such as `.html`). The
/// repaired link gets `http://`, the scheme a browser assumes and sites redirect from; every
/// repair is reported.
enum FairWebsite {
    /// The fair's own hosts, lower case, without `www.`.
    static func organiserHosts(of fair: Fair) -> Set<String> {
        let links = [fair.website, fair.exhibitorListURL] + fair.organisers.map(\.website)
        return Set(links.compactMap { $0.flatMap(host) })
    }

    /// The exhibitor's own site when `link` is such a misread relative link, else nil.
    static func repaired(_ link: String, organiserHosts: Set<String>) -> String? {
        guard !organiserHosts.isEmpty, let linkHost = host(link), organiserHosts.contains(linkHost),
              let schemeEnd = link.range(of: "://") else { return nil }
        var path = link[schemeEnd.upperBound...].drop { $0 != "/" }.dropFirst()
        // An optional language segment: `en/`, `tr/`, `en-gb/`.
        if let slash = path.firstIndex(of: "/") {
            let segment = path[..<slash]
            if (2...5).contains(segment.count), segment.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) {
                path = path[path.index(after: slash)...]
            }
        }
        // A scheme that lost its colon on the way (`en/http//www.oztektekstil.com.tr`).
        for lost in ["https//", "http//"] where path.lowercased().hasPrefix(lost) {
            path = path.dropFirst(lost.count)
            break
        }
        let candidate = path.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let labels = candidate.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ label in
            !label.isEmpty && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }) else { return nil }
        let last = labels[labels.count - 1].lowercased()
        guard last.count >= 2, last.allSatisfy(\.isLetter), !fileExtensions.contains(last) else { return nil }
        return "http://" + path
    }

    /// Endings of pages, not of host names.
    private static let fileExtensions: Set<String> = ["html", "htm", "php", "asp", "aspx", "jsp", "pdf", "cfm", "shtml"]

    /// The host of an `http(s)://` link, lower case, without `www.`; nil for anything else.
    /// Read from the bytes: every exhibitor's website is asked about.
    static func host(_ link: String) -> String? {
        let bytes = link.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        // Lower case by setting bit 5: no byte but a letter turns into h, t, p or s that way.
        let scheme = bytes[..<colon].map { $0 | 0x20 }
        guard scheme.elementsEqual("http".utf8) || scheme.elementsEqual("https".utf8) else { return nil }
        var index = bytes.index(after: colon)
        for _ in 0..<2 {
            guard index != bytes.endIndex, bytes[index] == UInt8(ascii: "/") else { return nil }
            index = bytes.index(after: index)
        }
        var host: [UInt8] = []
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: ":") { break }
            // Beyond ASCII, Unicode's lower-casing (a host written in another script).
            if byte >= 0x80 { return Self.unicodeHost(link) }
            host.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            index = bytes.index(after: index)
        }
        if host.starts(with: "www.".utf8) { host.removeFirst(4) }
        return host.isEmpty ? nil : String(decoding: host, as: UTF8.self)
    }

    /// `host` for a link whose host is not plain ASCII.
    private static func unicodeHost(_ link: String) -> String? {
        guard let schemeEnd = link.range(of: "://") else { return nil }
        var host = link[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty ? nil : host
    }
}
