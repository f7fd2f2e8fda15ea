import GuideSynthetic
import Testing

/// The same arguments give the same files, byte for byte, on every run; the text is streamed in
/// bounded chunks.
struct FairDeterminismTests {
    @Test func sameSeedGivesTheSameBytes() {
        let again = SyntheticFairDirectory(fairs: FairSamples.smallFairs, entries: FairSamples.smallEntries, seed: FairSamples.seed)
        let files = Array(again)
        #expect(files.map(\.fileName) == FairSamples.smallFiles.map(\.file.fileName))
        for (file, original) in zip(files, FairSamples.smallFiles) {
            #expect(file.text == original.text, "\(file.fileName) differs")
        }
        // The directory is a value: iterating it again gives the same files.
        #expect(Array(FairSamples.small).map(\.text) == FairSamples.smallFiles.map(\.text))
    }

    @Test func differentSeedsGiveDifferentDirectories() {
        let other = Array(SyntheticFairDirectory(fairs: FairSamples.smallFairs, entries: FairSamples.smallEntries, seed: FairSamples.seed + 1))
        #expect(other.map(\.fileName) != FairSamples.smallFiles.map(\.file.fileName))
        #expect(other.reduce(0) { $0 + $1.entryCount } == FairSamples.smallEntries)
    }

    /// A fingerprint of a tiny directory (file names and bytes): it changes only when the generator
    /// is changed on purpose, and is the same on every machine. Update it with such a change.
    @Test func outputFingerprintIsStable() {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for file in SyntheticFairDirectory(fairs: 4, entries: 300, seed: 1) {
            for byte in (file.fileName + "\n" + file.text).utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        #expect(String(hash, radix: 16) == Self.fingerprint)
    }

    static let fingerprint = "3bd1772d0e31791f"

    @Test func writeStreamsBoundedChunksThatAddUpToTheFile() throws {
        let file = try #require(Array(SyntheticFairDirectory(fairs: 1, entries: 3_000, metadataOnly: 0, seed: 8)).first)
        let text = file.text
        #expect(text.utf8.count > 256 * 1024)
        var stream = ChunkRecorder()
        file.write(to: &stream)
        #expect(stream.text == text)
        #expect(stream.chunks > 4)
        // A chunk is handed on once it reaches 64 KiB, after at most one more entry.
        #expect(stream.largest < 80 * 1024)
    }
}
