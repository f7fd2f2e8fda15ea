@testable import GuideFairs
import Foundation
import Testing

/// Exhibitor websites the dataset read relative to the organiser's page (IDEF 2023 has 165):
/// repaired only on the fair's own hosts and only when what follows is a host name.
struct FairWebsiteTests {
    let hosts: Set<String> = ["idef.com.tr"]

    @Test(arguments: [
        ("https://idef.com.tr/en/www.airbus.com", "http://www.airbus.com"),
        ("https://www.idef.com.tr/en/www.adsgroup.org.uk", "http://www.adsgroup.org.uk"),
        ("https://idef.com.tr/en/WWW.BJTYZ.COM", "http://WWW.BJTYZ.COM"),
        ("https://idef.com.tr/en/covisart.com", "http://covisart.com"),
        ("https://idef.com.tr/en/http//www.oztektekstil.com.tr", "http://www.oztektekstil.com.tr"),
        ("https://idef.com.tr/www.example.com.tr/en/products", "http://www.example.com.tr/en/products"),
        ("http://IDEF.com.tr/tr/aselsan.com.tr", "http://aselsan.com.tr"),
    ])
    func aLinkReadRelativeToTheOrganisersPageIsRepaired(_ link: String, _ expected: String) {
        #expect(FairWebsite.repaired(link, organiserHosts: hosts) == expected)
    }

    @Test(arguments: [
        "https://unidef.com.tr",                           // another host: the exhibitor's own
        "https://www.airbus.com/en/www.airbus.com",        // not the fair's host
        "https://idef.com.tr/en/exhibitors/acme.html",     // a page of the organiser's site
        "https://idef.com.tr/en/exhibitor-list",           // no dot: a page
        "https://idef.com.tr/en/profile.php",              // a file, not a host
        "https://idef.com.tr/",                            // the site itself
        "https://idef.com.tr/en/a..com",                   // an empty label
        "https://idef.com.tr/en/version.2",                // a name ending in digits
        "idef.com.tr/en/www.airbus.com",                   // no scheme: not a link this rule reads
        "ftp://idef.com.tr/en/www.airbus.com",
    ])
    func anythingElseIsLeftAlone(_ link: String) {
        #expect(FairWebsite.repaired(link, organiserHosts: hosts) == nil)
    }

    @Test func withoutTheFairsHostsNothingIsRepaired() {
        #expect(FairWebsite.repaired("https://idef.com.tr/en/www.airbus.com", organiserHosts: []) == nil)
    }

    @Test func theFairsHostsComeFromItsSitesListAndOrganisers() {
        let fair = Fair(website: "https://www.IDEF.com.tr/en", organisers: [FairOrganiser(name: "TÜYAP", website: "http://tuyap.com.tr:8080/x")],
                        exhibitorListURL: "https://idef.com.tr/en/exhibitor-list")
        #expect(FairWebsite.organiserHosts(of: fair) == ["idef.com.tr", "tuyap.com.tr"])
    }

    @Test(arguments: [
        "https://www.IDEF.com.tr/en", "HTTP://Example.COM:8080/x", "http://example.com?q=1", "https://a.b#frag", "https://www.",
        "https://", "http:/x.com", "ftp://x.com", "httpx://x.com", "mailto:a@b.c", "https://bücher.DE/x", "https://WWW.ÇAĞ.com.tr",
        "no link", "", "http://user@host.com/", "HtTpS://MiXeD.Case.org/Path",
    ])
    func theHostReadFromBytesIsTheOneReadAsText(_ link: String) {
        #expect(FairWebsite.host(link) == Self.referenceHost(link), "\(link)")
    }

    /// The host as the first version read it, with Foundation and Unicode lower-casing.
    static func referenceHost(_ link: String) -> String? {
        guard let schemeEnd = link.range(of: "://") else { return nil }
        let scheme = link[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        var host = link[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty ? nil : host
    }
}
