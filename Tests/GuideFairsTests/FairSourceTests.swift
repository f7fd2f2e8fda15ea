import GuideFairs
import Testing

struct FairSourceTests {
    @Test func theDatasetIsNamedWithItsLink() {
        #expect(FairSource.datasetURL.hasPrefix("https://github.com/caatdata/"))
        #expect(FairSource.datasetName.contains("Campaign Against Arms Trade"))
    }
}
