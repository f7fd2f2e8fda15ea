import GuideModel
import GuideSynthetic
import Testing

/// The same (exhibitors, seed) gives the same bytes; the text is what `JSONWriter` would write; the
/// streaming writer hands out bounded chunks.
struct SyntheticDeterminismTests {
    @Test func sameSeedGivesTheSameText() {
        #expect(SyntheticShow.generate(exhibitors: Samples.smallCount, seed: Samples.seed) == Samples.small)
    }

    @Test func differentSeedsGiveDifferentShows() {
        let other = SyntheticShow.generate(exhibitors: Samples.smallCount, seed: Samples.seed + 1)
        #expect(other != Samples.small)
        let names = { (text: String) in (try? JSONParser.parse(Array(text.utf8))).map { Samples.section("exhibitors", of: $0).compactMap { Samples.string("name", of: $0) } } ?? [] }
        let first = names(Samples.small)
        let second = names(other)
        #expect(first.count == second.count)
        #expect(zip(first, second).filter { $0 != $1 }.count > Samples.smallCount * 9 / 10)
    }

    /// A fingerprint of one small show: it changes only when the generator is changed on purpose,
    /// and it is the same on every machine (no standard-library randomness, hashing or dictionary
    /// order reaches the output). Update the constant together with such a change.
    @Test func outputFingerprintIsStable() {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in SyntheticShow.generate(exhibitors: 100, seed: 1).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        #expect(String(hash, radix: 16) == Self.fingerprint)
    }

    static let fingerprint = "28fa9d9e5d85c7dc"

    @Test func prettyTextIsExactlyWhatJSONWriterWrites() throws {
        // The medium show contains a hostile name, so control-character escaping is covered.
        #expect(JSONWriter.write(Samples.mediumTree) == Samples.medium)
        let compact = SyntheticShow.generate(exhibitors: Samples.smallCount, seed: Samples.seed, layout: .compact)
        #expect(JSONWriter.write(try JSONParser.parse(Array(compact.utf8)), pretty: false) == compact)
    }

    @Test func writeStreamsBoundedChunksThatAddUpToTheShow() {
        var stream = ChunkRecorder()
        SyntheticShow.write(exhibitors: Samples.mediumCount, seed: Samples.seed, to: &stream)
        #expect(stream.text == Samples.medium)
        #expect(stream.chunks > 10)
        // A chunk is handed on once it reaches 64 KiB, after at most one more record.
        #expect(stream.largest < 80 * 1024)
    }
}
