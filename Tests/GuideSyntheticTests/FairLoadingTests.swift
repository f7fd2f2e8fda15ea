import GuideFairs
import GuideSynthetic
import Testing

/// Every generated file opens with the guide's fair reader, as `--data` opens it
/// (`DataFileLoader.load(contentsOf:)`: read strictly, converted, validated as `adex-guide/1`).
struct FairLoadingTests {
    @Test func everyFileLoadsWithTheGuidesFairReader() {
        let result = FairSamples.smallLoaded
        #expect(result.refused.isEmpty, "\(result.refused.map { "\($0.0.fileName): \($0.1)" })")
        #expect(result.loaded.count == FairSamples.smallFiles.count)
        for (file, data) in result.loaded {
            #expect(data.format == .fairFile, "\(file.fileName)")
            let exhibitors = data.catalog.exhibitors.count
            // Duplicate spellings are merged (most of them), distinct companies kept apart (almost all).
            #expect(exhibitors <= file.entryCount, "\(file.fileName)")
            #expect(exhibitors * 100 >= file.companyIDs.count * 97, "\(file.fileName): \(exhibitors) of \(file.companyIDs.count)")
            #expect(data.catalog.event.name == "\(file.seriesName) \(file.year)", "\(file.fileName)")
        }
        let merged = result.loaded.reduce(0) { $0 + $1.0.entryCount - $1.1.catalog.exhibitors.count }
        let duplicates = result.loaded.reduce(0) { $0 + $1.0.duplicatedCompanyIDs.count }
        #expect(merged * 2 >= duplicates, "\(merged) merged of \(duplicates) duplicates")
    }

    @Test(arguments: [(1, 1, 0), (3, 90, 2), (6, 1_500, 1)])
    func otherSizesLoadToo(_ fairs: Int, _ entries: Int, _ metadataOnly: Int) throws {
        let files = SyntheticFairDirectory(fairs: fairs, entries: entries, metadataOnly: metadataOnly, seed: 11).map { ($0, $0.text) }
        let result = try FairSamples.loadAll(files)
        #expect(result.refused.isEmpty, "\(result.refused.map { "\($0.0.fileName): \($0.1)" })")
        #expect(result.loaded.count == fairs + metadataOnly)
    }

    /// Fairs with only an approximate date exist in the dataset (1,019 of 1,851): each opens on
    /// its own as a show dated as its source dates it, with no list.
    @Test func undatedFairsOpenDatedApproximately() throws {
        let files = SyntheticFairDirectory(fairs: 4, entries: 200, undated: 2, seed: 3).map { ($0, $0.text) }
        let result = try FairSamples.loadAll(files)
        #expect(result.refused.isEmpty, "\(result.refused.map { "\($0.0.fileName): \($0.1)" })")
        let undated = result.loaded.filter { $0.0.isUndated }
        #expect(undated.count == 2)
        #expect(undated.allSatisfy { $0.1.catalog.shows.first?.approximateDate != nil && $0.1.catalog.exhibitors.isEmpty })
    }
}
