extension FairEntry {
    /// The rarer shapes of one entry in a directory written with the dataset's shapes, at the
    /// rates counted on the whole dataset (its README's table), per 100,000 entries that have
    /// the field: one draw each, whatever the entry holds, so the stream stays in step.
    struct RareShapes {
        /// `website` as a list of two (53 of 49,515 entries with a web site).
        var websiteAsList = false
        /// `address` as a list of two objects (34 of 40,421 entries with an address).
        var addressAsList = false
        /// `social` as one object rather than a list (1,356 of 11,973 entries with one).
        var socialAsObject = false

        static let none = RareShapes()

        static let websiteListPer100k = 107
        static let addressListPer100k = 84
        static let socialObjectPer100k = 11_326

        static func draw(_ rng: inout SplitMix64) -> RareShapes {
            RareShapes(websiteAsList: rng.below(100_000) < websiteListPer100k,
                       addressAsList: rng.below(100_000) < addressListPer100k,
                       socialAsObject: rng.below(100_000) < socialObjectPer100k)
        }
    }
}
