#if canImport(Glibc)
import Glibc
import Testing
import TerminalCanvas

/// Compares every Unicode scalar against the live glibc `wcwidth` in C.UTF-8, so stale tables
/// (the system glibc was upgraded) are caught. Only runs where the system glibc is the version
/// the tables were generated from; elsewhere differences are expected and the test is skipped.
@Suite("DisplayWidth against glibc")
struct GlibcWidthCrossCheckTests {
    typealias WcwidthFunction = @convention(c) (Int32) -> Int32

    /// `wcwidth` is not visible through Swift's Glibc module (it needs `_XOPEN_SOURCE`), so it
    /// is looked up by name.
    static let wcwidth: WcwidthFunction? = {
        guard let symbol = dlsym(nil, "wcwidth") else { return nil }
        return unsafeBitCast(symbol, to: WcwidthFunction.self)
    }()

    typealias VersionFunction = @convention(c) () -> UnsafePointer<CChar>?

    /// `gnu_get_libc_version()` lives in `<gnu/libc-version.h>`, outside the Glibc module.
    static var systemGlibcVersion: String? {
        guard let symbol = dlsym(nil, "gnu_get_libc_version"),
              let version = unsafeBitCast(symbol, to: VersionFunction.self)()
        else { return nil }
        return String(cString: version)
    }

    static var canCompare: Bool {
        wcwidth != nil && systemGlibcVersion == DisplayWidth.tablesGlibcVersion
    }

    @Test("every scalar has the width glibc gives it", .enabled(if: canCompare))
    func everyScalarMatchesGlibc() throws {
        let wcwidth = try #require(Self.wcwidth)
        // Switch only this thread to C.UTF-8, so other tests running in parallel are unaffected.
        let utf8Locale = try #require(newlocale(1 << LC_CTYPE, "C.UTF-8", nil))
        let previous = uselocale(utf8Locale)
        defer {
            uselocale(previous)
            freelocale(utf8Locale)
        }
        var mismatches: [String] = []
        var checked = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let glibc = Int(wcwidth(Int32(bitPattern: value)))
            let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
            let expected = isControl ? 0 : (glibc < 0 ? 1 : glibc)
            let ours = DisplayWidth.of(scalar)
            checked += 1
            if ours != expected, mismatches.count < 20 {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)): ours \(ours), glibc \(glibc)")
            }
        }
        #expect(checked == 0x110000 - 0x800)
        #expect(mismatches.isEmpty, "\(mismatches)")
        // Sanity: the locale switch took effect (in the C locale every non-ASCII scalar is -1).
        #expect(wcwidth(0x6F22) == 2)
    }
}
#endif
