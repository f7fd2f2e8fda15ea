import GuideSynthetic
import Testing

/// The directory has the sizes asked for: exactly that many lists and entries, fairs without a
/// list besides, series of 2 to 8 editions within 2010-2026, unique file names.
struct FairSizeTests {
    @Test func smallDirectoryHasTheAskedCounts() {
        let tally = FairSamples.tally(FairSamples.smallFiles.map(\.file))
        #expect(tally.listedFairs == FairSamples.smallFairs)
        #expect(tally.entries == FairSamples.smallEntries)
        #expect(tally.metadataOnlyFairs == SyntheticFairDirectory.defaultMetadataOnly(fairs: FairSamples.smallFairs))
        #expect(tally.metadataOnlyFairs == 4)
        #expect(tally.undatedFairs == 0)
        #expect(tally.files == FairSamples.small.fileCount)
        #expect(tally.seriesCount == FairSamples.small.seriesCount)
        #expect(FairSamples.smallFiles.allSatisfy { $0.file.hasExhibitorList == ($0.file.entryCount > 0) })
    }

    @Test func benchmarkDirectoryHasTheIssuesSize() throws {
        let tally = FairSamples.benchmarkTally
        #expect(tally.listedFairs == 300)
        #expect(tally.entries == 200_000)
        #expect(tally.metadataOnlyFairs == 50)
        #expect((60...100).contains(tally.seriesCount), "\(tally.seriesCount) series")
        #expect(tally.fewestEditions >= 2 && tally.mostEditions <= 8)
        #expect(FairSamples.benchmarkFiles.allSatisfy { (2010...2026).contains($0.year) })
        // A few lists of thousands, many of a few hundred, as in the dataset.
        let sizes = FairSamples.benchmarkFiles.filter(\.hasExhibitorList).map(\.entryCount).sorted()
        let largest = try #require(sizes.last)
        #expect((2_000...8_000).contains(largest), "largest list \(largest)")
        #expect((150...900).contains(sizes[sizes.count / 2]), "median list \(sizes[sizes.count / 2])")
        #expect(sizes.filter { $0 >= 1_500 }.count >= 10)
        // Companies recur: far fewer distinct companies than entries.
        #expect((40_000...120_000).contains(tally.distinctCompanies), "\(tally.distinctCompanies) companies")
    }

    @Test func fileNamesAreTheSeriesSlugAndYearAndUnique() {
        for directory in [FairSamples.small, FairSamples.benchmark] {
            let names = directory.fileNames
            #expect(Set(names).count == names.count)
            #expect(names.count == directory.fileCount)
            #expect(names.allSatisfy { name in
                name.hasSuffix(".json") && name.dropLast(5).allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
            })
        }
        #expect(FairSamples.smallFiles.map(\.file.fileName) == FairSamples.small.fileNames)
        #expect(FairSamples.smallFiles.allSatisfy { $0.file.fileName.hasSuffix("-\($0.file.year).json") })
    }

    @Test(arguments: [(1, 1, 0), (5, 5, 0), (0, 0, 3), (2, 40, 1), (7, 1_000, 30)])
    func edgeSizes(_ fairs: Int, _ entries: Int, _ metadataOnly: Int) {
        let files = Array(SyntheticFairDirectory(fairs: fairs, entries: entries, metadataOnly: metadataOnly, seed: 5))
        let tally = FairSamples.tally(files)
        #expect(tally.listedFairs == fairs)
        #expect(tally.entries == entries)
        #expect(tally.metadataOnlyFairs == metadataOnly)
        #expect(files.filter(\.hasExhibitorList).allSatisfy { $0.entryCount >= 1 })
        #expect(Set(files.map(\.fileName)).count == files.count)
    }

    @Test func undatedFairsAreAddedOnRequest() {
        let files = Array(SyntheticFairDirectory(fairs: 10, entries: 500, undated: 3, seed: 2))
        let tally = FairSamples.tally(files)
        #expect(tally.undatedFairs == 3)
        #expect(tally.listedFairs == 10 && tally.entries == 500)
        for file in files where file.isUndated {
            #expect(file.text.contains("\"approxDate\": \"\(file.year)\""))
            #expect(!file.text.contains("startDate"))
        }
    }
}
