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

    /// What reaches the terminal is only ever drawn at the width layout counted. Every scalar
    /// that can come from data (all of planes 0 and 1, and every 61st scalar of the planes
    /// above, with both ends of every width range) is written into cells between letters and
    /// between emoji, as a screen would; then every scalar a cell holds (what ncurses is given)
    /// must have a glibc width, the cell's base must be as wide as the cell, the marks after it
    /// must be zero-width, and no joiner, presentation selector or skin tone on an emoji may be
    /// left for a terminal to merge cells with.
    @Test("what the cells hold is drawn by glibc at the width of the cells", .enabled(if: canCompare))
    func cellsHoldOnlyWhatGlibcDrawsAtTheirWidth() throws {
        let wcwidth = try #require(Self.wcwidth)
        let utf8Locale = try #require(newlocale(1 << LC_CTYPE, "C.UTF-8", nil))
        let previous = uselocale(utf8Locale)
        defer {
            uselocale(previous)
            freelocale(utf8Locale)
        }
        var values = Array(UInt32(0)...0x1FFFF)
        values += stride(from: UInt32(0x20000), through: 0x10FFFF, by: 61)
        values += [0x2A6DF, 0x2A6E0, 0x3134A, 0x3134B, 0xE0000, 0xE0001, 0xE007F, 0xE0080, 0xE0100, 0xE01EF, 0xE01F0,
                   0xEFFFD, 0xF0000, 0xFFFFD, 0xFFFFE, 0x10FFFD, 0x10FFFF]
        var problems: [String] = []
        var checked = 0
        everyScalar: for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for context in ["a\(scalar)b", "😀\(scalar)😀", "\(scalar)\(scalar)"] {
                var buffer = CellBuffer(width: 12, height: 1)
                let used = buffer.put(context, x: 0, y: 0)
                var columns = 0
                var previousBase: Unicode.Scalar?
                for x in 0..<buffer.width where !buffer[x, 0].isContinuation && x < used {
                    let cell = buffer[x, 0]
                    let scalars = Array(cell.text.unicodeScalars)
                    guard let base = scalars.first else { continue }
                    let baseWidth = Int(wcwidth(Int32(bitPattern: base.value)))
                    if baseWidth != Int(cell.width) || baseWidth != DisplayWidth.of(base) {
                        problems.append("U+\(hex(value)) in \(context.debugDescription): base U+\(hex(base.value)) glibc \(baseWidth), cell \(cell.width)")
                    }
                    for mark in scalars.dropFirst() where wcwidth(Int32(bitPattern: mark.value)) != 0 || DisplayWidth.of(mark) != 0 {
                        problems.append("U+\(hex(value)) in \(context.debugDescription): mark U+\(hex(mark.value)) is not zero-width")
                    }
                    for joiner in scalars where [0x200D, 0xFE0E, 0xFE0F].contains(joiner.value) {
                        problems.append("U+\(hex(value)) in \(context.debugDescription): U+\(hex(joiner.value)) reaches a cell")
                    }
                    if (0x1F3FB...0x1F3FF).contains(base.value), let previousBase, previousBase.value > 0x7F, previousBase.properties.isEmoji {
                        problems.append("U+\(hex(value)) in \(context.debugDescription): a skin tone right after an emoji")
                    }
                    previousBase = base
                    columns += Int(cell.width)
                }
                if columns != used || used != DisplayWidth.of(TextSanitizer.sanitizeForCells(context)) {
                    problems.append("U+\(hex(value)) in \(context.debugDescription): \(columns) columns in cells, put says \(used)")
                }
                checked += 1
                if problems.count > 20 { break everyScalar }
            }
        }
        #expect(problems.count > 20 || checked > 3 * 0x1F000)
        #expect(problems.isEmpty, "\(problems)")
    }

    private func hex(_ value: UInt32) -> String { String(value, radix: 16, uppercase: true) }
}
#endif
