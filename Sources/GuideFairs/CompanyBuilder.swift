/// Turns the grouping's components into `Company` values: identity, display name, country and
/// listings, each chosen by counts with alphabetical tie-breaks, so nothing depends on input order.
///
/// Each company depends only on its own entries and on counts over all of them, so companies are
/// built on all cores (`ParallelChunks.build`), each task sorting its companies' entries in place;
/// the companies are then put in id order, two halves sorted side by side and merged (ids are
/// unique, so the order is the one a single sort gives).
struct CompanyBuilder {
    /// Ordered by id.
    let companies: [Company]
    /// Per flat entry: its company's index in `companies`.
    let companyOfEntry: [Int32]

    init(editions: [EditionInput], grouping: EntryGrouping) {
        let entryCount = grouping.entryCount
        let keys = grouping.keys
        var entryOffsetInEdition = [Int](repeating: 0, count: entryCount)
        for (edition, start) in grouping.entryStart.dropLast().enumerated() {
            for entry in start..<grouping.entryStart[edition + 1] { entryOffsetInEdition[entry] = entry - start }
        }

        // Components, numbered in entry order (a root is an entry, so an array maps them).
        var componentOfRoot = [Int32](repeating: -1, count: entryCount)
        var componentOfEntry = [Int32](repeating: 0, count: entryCount)
        var componentCount = 0
        for entry in 0..<entryCount {
            let root = Int(grouping.componentRoot[entry])
            if componentOfRoot[root] < 0 {
                componentOfRoot[root] = Int32(componentCount)
                componentCount += 1
            }
            componentOfEntry[entry] = componentOfRoot[root]
        }

        // Entries per component, then in edition order and by entry id.
        var memberStart = [Int](repeating: 0, count: componentCount + 1)
        for component in componentOfEntry { memberStart[Int(component) + 1] += 1 }
        for index in 0..<componentCount { memberStart[index + 1] += memberStart[index] }
        var members = [Int](repeating: 0, count: entryCount)
        var next = memberStart
        for entry in 0..<entryCount {
            let component = Int(componentOfEntry[entry])
            members[next[component]] = entry
            next[component] += 1
        }

        // How often each distinct name, and each exact key, is an entry's own name.
        var primaryNameCount = [Int](repeating: 0, count: grouping.distinctNames.count)
        var primaryExactCount = [Int](repeating: 0, count: grouping.foldedKeys.count)
        var anyExactCount = [Int](repeating: 0, count: grouping.foldedKeys.count)
        for entry in 0..<entryCount {
            let name = Int(keys.nameIDs[keys.nameStart[entry]])
            primaryNameCount[name] += 1
            let exact = keys.exactOfName[name]
            if exact >= 0 { primaryExactCount[Int(exact)] += 1 }
            for slot in keys.nameStart[entry]..<keys.nameStart[entry + 1] {
                let any = keys.exactOfName[Int(keys.nameIDs[slot])]
                if any >= 0 { anyExactCount[Int(any)] += 1 }
            }
        }

        let context = Context(editions: editions, grouping: grouping, entryOffsetInEdition: entryOffsetInEdition,
                              primaryNameCount: primaryNameCount, primaryExactCount: primaryExactCount, anyExactCount: anyExactCount)
        let starts = memberStart
        // Each task sorts its companies' entries in place (disjoint ranges of `members`), for the
        // reverse mapping below.
        let built: [Company] = members.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            let shared = SendablePointer(pointer: base)
            return ParallelChunks.build(count: componentCount, minimumPerChunk: 2048) { range, output in
                for component in range {
                    let entries = UnsafeMutableBufferPointer(start: shared.pointer + starts[component],
                                                             count: starts[component + 1] - starts[component])
                    (output + component).initialize(to: context.company(entries: entries))
                }
            }
        }

        let order = Self.idOrder(built)
        var rank = [Int32](repeating: 0, count: componentCount)
        for (position, component) in order.enumerated() { rank[component] = Int32(position) }
        companies = order.map { built[$0] }
        companyOfEntry = componentOfEntry.map { rank[Int($0)] }
        var sortedMembers: [Int32] = []
        sortedMembers.reserveCapacity(entryCount)
        var sortedStart = [0]
        sortedStart.reserveCapacity(componentCount + 1)
        for component in order {
            sortedMembers.append(contentsOf: members[memberStart[component]..<memberStart[component + 1]].lazy.map(Int32.init))
            sortedStart.append(sortedMembers.count)
        }
        entriesOfCompany = sortedMembers
        entriesOfCompanyStart = sortedStart
    }

    /// Flat entry indices of each company (in `companies` order), in listing order.
    let entriesOfCompany: [Int32]
    let entriesOfCompanyStart: [Int]

    /// Indices of `companies` in id order: each half sorted on its own core, then merged (ids
    /// differ from company to company, so this is the order one sort gives).
    static func idOrder(_ companies: [Company]) -> [Int] {
        let count = companies.count
        guard count >= 4096 else { return companies.indices.sorted { companies[$0].id < companies[$1].id } }
        let middle = count / 2
        let halves = ParallelChunks.mapEach(count: 2) { half in
            (half == 0 ? 0..<middle : middle..<count).sorted { companies[$0].id < companies[$1].id }
        }
        var order: [Int] = []
        order.reserveCapacity(count)
        var (left, right) = (0, 0)
        while left < halves[0].count && right < halves[1].count {
            if companies[halves[1][right]].id < companies[halves[0][left]].id {
                order.append(halves[1][right])
                right += 1
            } else {
                order.append(halves[0][left])
                left += 1
            }
        }
        order.append(contentsOf: halves[0][left...])
        order.append(contentsOf: halves[1][right...])
        return order
    }

    /// What building one company reads: shared by the tasks, never written while they run.
    struct Context: Sendable {
        let editions: [EditionInput]
        let grouping: EntryGrouping
        let entryOffsetInEdition: [Int]
        let primaryNameCount: [Int]
        let primaryExactCount: [Int]
        let anyExactCount: [Int]

        func entryInput(_ entry: Int) -> EditionEntry {
            editions[Int(grouping.editionOfEntry[entry])].exhibitors[entryOffsetInEdition[entry]]
        }

        func primaryName(_ entry: Int) -> Int { Int(grouping.keys.nameIDs[grouping.keys.nameStart[entry]]) }

        /// Whether (count, text) a beats b: more often, then alphabetically first.
        func isBetter(_ countA: Int, _ textA: String, than countB: Int, _ textB: String) -> Bool {
            countA != countB ? countA > countB : textA < textB
        }

        /// The company of one component, whose entries (in edition order) are sorted here, within
        /// each edition, by entry id.
        func company(entries: UnsafeMutableBufferPointer<Int>) -> Company {
            let keys = grouping.keys
            // Members are in edition order already; only several entries at one edition need sorting.
            var runStart = 0
            while runStart < entries.count {
                var runEnd = runStart + 1
                let edition = grouping.editionOfEntry[entries[runStart]]
                while runEnd < entries.count && grouping.editionOfEntry[entries[runEnd]] == edition { runEnd += 1 }
                if runEnd - runStart > 1 {
                    var run = UnsafeMutableBufferPointer(rebasing: entries[runStart..<runEnd])
                    run.sort { a, b in
                        let inputA = entryInput(a)
                        let inputB = entryInput(b)
                        return inputA.id != inputB.id ? inputA.id < inputB.id : inputA.name < inputB.name
                    }
                }
                runStart = runEnd
            }

            // Identity: the exact key most entries are listed under (own names first, then any name).
            var bestExact: Int32 = -1
            for entry in entries {
                let exact = keys.exactOfName[primaryName(entry)]
                guard exact >= 0 else { continue }
                if bestExact < 0 || isBetter(primaryExactCount[Int(exact)], grouping.foldedKeys[Int(exact)],
                                             than: primaryExactCount[Int(bestExact)], grouping.foldedKeys[Int(bestExact)]) {
                    bestExact = exact
                }
            }
            let identityFromOwnName = bestExact >= 0
            if bestExact < 0 {
                for entry in entries {
                    for slot in keys.nameStart[entry]..<keys.nameStart[entry + 1] {
                        let exact = keys.exactOfName[Int(keys.nameIDs[slot])]
                        guard exact >= 0 else { continue }
                        if bestExact < 0 || isBetter(anyExactCount[Int(exact)], grouping.foldedKeys[Int(exact)],
                                                     than: anyExactCount[Int(bestExact)], grouping.foldedKeys[Int(bestExact)]) {
                            bestExact = exact
                        }
                    }
                }
            }

            // Display name: the spelling most entries with that identity use.
            var bestName = -1
            for entry in entries {
                for slot in keys.nameStart[entry]..<keys.nameStart[entry + 1] {
                    let name = Int(keys.nameIDs[slot])
                    guard keys.exactOfName[name] == bestExact, bestExact >= 0 else { continue }
                    if identityFromOwnName && slot != keys.nameStart[entry] { continue }
                    if bestName < 0 || isBetter(primaryNameCount[name], grouping.distinctNames[name],
                                                than: primaryNameCount[bestName], grouping.distinctNames[bestName]) {
                        bestName = name
                    }
                }
            }

            let first = entries[0]
            let id = bestExact >= 0
                ? CompanyID(grouping.foldedKeys[Int(bestExact)])
                // No name with a letter or digit: the first listing names it ("~" never occurs in keys).
                : CompanyID("~" + editions[Int(grouping.editionOfEntry[first])].id + "/" + entryInput(first).id)
            let name = bestName >= 0 ? grouping.distinctNames[bestName] : entryInput(first).name

            // Country: the one most entries give, alphabetically first on ties.
            // (Interned codes sort like the codes; a company has few countries, so a small list.)
            var countryCounts: [(country: Int32, count: Int)] = []
            for entry in entries where grouping.countryOfEntry[entry] >= 0 {
                let code = grouping.countryOfEntry[entry]
                if let index = countryCounts.firstIndex(where: { $0.country == code }) {
                    countryCounts[index].count += 1
                } else {
                    countryCounts.append((code, 1))
                }
            }
            let country = countryCounts.min { $0.count != $1.count ? $0.count > $1.count : $0.country < $1.country }
                .map { grouping.countryCodes[Int($0.country)] }

            let listings = entries.map { entry in
                let input = entryInput(entry)
                return Company.Listing(editionID: editions[Int(grouping.editionOfEntry[entry])].id, entryID: input.id, name: input.name)
            }
            return Company(id: id, name: name, country: country, listings: listings)
        }
    }
}
