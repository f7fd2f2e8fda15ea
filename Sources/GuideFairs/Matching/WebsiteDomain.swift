/// The registrable domain of an exhibitor's website ("https://www.Rafael.co.il/en/" →
/// "rafael.co.il"), the part a company owns, so two listings of one site agree however the link is
/// written: with or without scheme, `www.`, path, port, query or upper case. A host in another
/// script is kept as written (lower-cased), not converted to punycode: lists write it one way.
///
/// The public suffix is found by a compact rule instead of the full Public Suffix List (which would
/// be a dependency and 200 KB of data for a few hundred fairs): the last label, plus the label
/// before it when that is one of the usual second-level labels (`co`, `com`, `net`, `org`, `gov`,
/// `ac`, `edu`, `mil`, `or`, `ne`, `go`) under a two-letter country domain: `co.uk`, `com.tr`,
/// `co.il`, `com.au`, `co.jp`, `com.cn`, `co.kr`, `gov.az`, `org.pk`. A suffix the rule misses makes
/// the domain too short ("something.xx" shared by unrelated sites), which the matching's limit on
/// names per domain then catches.
enum WebsiteDomain {
    /// The registrable domain, or nil when the text has no host with a dot, or the host is a
    /// shared one (`isSharedHost`), where a site says nothing about which company it is.
    static func registrable(_ website: String) -> String? {
        guard let host = host(of: website) else { return nil }
        let labels = host.split(separator: ".", omittingEmptySubsequences: true)
        guard labels.count >= 2 else { return nil }
        let suffixLength = labels[labels.count - 1].count == 2 && secondLevelLabels.contains(String(labels[labels.count - 2])) ? 2 : 1
        guard labels.count > suffixLength else { return nil }
        let domain = labels.suffix(suffixLength + 1).joined(separator: ".")
        guard !isSharedHost(domain: domain, host: host) else { return nil }
        return domain
    }

    /// The host of a link, lower case, without `www.`, port, user or path; scheme optional
    /// ("www.example.com/en", "HTTP://Example.com:8080"). Nil when nothing host-like is left.
    static func host(of website: String) -> String? {
        var website = website
        if let host = website.withUTF8({ asciiHost(of: $0) }) { return host.isEmpty ? nil : host }
        return unicodeHost(of: website)
    }

    /// `host` read from the bytes of a link whose host is ASCII (nearly all): "" when it has
    /// no host, nil when a byte beyond ASCII needs the general path.
    private static func asciiHost(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A || bytes[start] == 0x0D) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        // After "://" if there is one before the first slash, else after a leading "//".
        var index = start
        var sawScheme = false
        while index + 2 < end && bytes[index] != UInt8(ascii: "/") {
            if bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/") {
                start = index + 3
                sawScheme = true
                break
            }
            index += 1
        }
        if !sawScheme && end - start >= 2 && bytes[start] == UInt8(ascii: "/") && bytes[start + 1] == UInt8(ascii: "/") { start += 2 }
        var host: [UInt8] = []
        host.reserveCapacity(32)
        var position = start
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\\") || byte == 0x20 { break }
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: "@") {
                host.removeAll(keepingCapacity: true)
            } else {
                host.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            }
            position += 1
        }
        if let colon = host.firstIndex(of: UInt8(ascii: ":")) { host.removeSubrange(colon...) }
        while host.last == UInt8(ascii: ".") { host.removeLast() }
        for prefix in ["www.", "www2.", "www3."] where host.starts(with: prefix.utf8) {
            host.removeFirst(prefix.utf8.count)
            break
        }
        guard host.contains(UInt8(ascii: ".")), host.first != UInt8(ascii: "."), host.allSatisfy({ byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }) else { return "" }
        return String(decoding: host, as: UTF8.self)
    }

    /// `host` for a link with a host in another script ("рособоронэкспорт.рф").
    private static func unicodeHost(of website: String) -> String? {
        var text = Substring(website.trimmingCharacters(in: .whitespacesAndNewlines))
        if let schemeEnd = text.range(of: "://") { text = text[schemeEnd.upperBound...] }
        else if text.lowercased().hasPrefix("//") { text = text.dropFirst(2) }
        text = text.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != "\\" && $0 != " " }
        if let at = text.lastIndex(of: "@") { text = text[text.index(after: at)...] }
        if let colon = text.firstIndex(of: ":") { text = text[..<colon] }
        var host = text.lowercased()
        while host.hasSuffix(".") { host.removeLast() }
        for prefix in ["www.", "www2.", "www3."] where host.hasPrefix(prefix) {
            host.removeFirst(prefix.count)
            break
        }
        guard host.contains("."), !host.hasPrefix("."),
              host.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "." || $0 == "-" })
        else { return nil }
        return host
    }

    /// Second-level labels that are part of a country's suffix ("co.uk", "com.tr").
    static let secondLevelLabels: Set<String> = ["co", "com", "net", "org", "gov", "ac", "edu", "mil", "or", "ne", "go"]

    /// Whether a host is one many companies use, so sharing it is no evidence: social networks,
    /// mail providers, site builders and link hubs. Matched on the registrable domain and on the
    /// host (for `sites.google.com`).
    static func isSharedHost(domain: String, host: String) -> Bool {
        if sharedDomains.contains(domain) { return true }
        if sharedHosts.contains(host) { return true }
        // Any country's variant of the big providers: yahoo.co.uk, google.com.tr, facebook.de.
        let brand = domain.prefix { $0 != "." }
        return sharedBrands.contains(String(brand))
    }

    /// Providers under any suffix.
    static let sharedBrands: Set<String> = [
        "facebook", "fb", "linkedin", "twitter", "instagram", "youtube", "youtu", "vk", "vkontakte", "tiktok", "telegram",
        "whatsapp", "pinterest", "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "aol", "yandex",
        "rambler", "gmx", "wix", "wixsite", "wordpress", "blogspot", "blogger", "weebly", "squarespace", "tumblr",
        "google", "linktr", "jimdo", "webnode", "ucoz", "narod", "tripod", "angelfire", "geocities", "github",
    ]

    /// Whole domains shared by many, whose first label alone is too common to list above.
    static let sharedDomains: Set<String> = [
        "x.com", "t.me", "ok.ru", "mail.ru", "bk.ru", "list.ru", "inbox.ru", "qq.com", "163.com", "126.com", "sina.com",
        "sohu.com", "naver.com", "daum.net", "icloud.com", "me.com", "proton.me", "protonmail.com", "ymail.com",
        "rediffmail.com", "example.com", "example.org", "bit.ly", "goo.gl", "tinyurl.com", "about.me", "ukr.net",
        "i.ua", "tut.by", "mail.com", "web.de", "t-online.de", "orange.fr", "wanadoo.fr", "free.fr", "libero.it",
        "alibaba.com", "1688.com", "made-in-china.com", "indiamart.com", "europages.com", "kompass.com",
    ]

    /// Hosts shared by many under a domain that is not itself shared.
    static let sharedHosts: Set<String> = ["sites.google.com", "linktr.ee", "business.site", "taplink.cc"]
}
