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
