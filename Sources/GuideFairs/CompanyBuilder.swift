/// Turns the grouping's components into `Company` values: identity, display name, country and
/// listings, each chosen by counts with alphabetical tie-breaks, so nothing depends on input order.
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
        func entryInput(_ entry: Int) -> EditionEntry {
            editions[Int(grouping.editionOfEntry[entry])].exhibitors[entryOffsetInEdition[entry]]
        }
        func primaryName(_ entry: Int) -> Int { Int(keys.nameIDs[keys.nameStart[entry]]) }

        // Components, numbered in entry order.
        var componentOfRoot: [Int32: Int32] = [:]
        var componentOfEntry = [Int32](repeating: 0, count: entryCount)
        for entry in 0..<entryCount {
            let root = grouping.componentRoot[entry]
            if let known = componentOfRoot[root] {
                componentOfEntry[entry] = known
            } else {
                let component = Int32(componentOfRoot.count)
                componentOfRoot[root] = component
                componentOfEntry[entry] = component
            }
        }
        let componentCount = componentOfRoot.count

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
            let name = primaryName(entry)
            primaryNameCount[name] += 1
            let exact = keys.exactOfName[name]
            if exact >= 0 { primaryExactCount[Int(exact)] += 1 }
            for slot in keys.nameStart[entry]..<keys.nameStart[entry + 1] {
                let any = keys.exactOfName[Int(keys.nameIDs[slot])]
                if any >= 0 { anyExactCount[Int(any)] += 1 }
            }
        }
        /// Whether (count, text) a beats b: more often, then alphabetically first.
        func isBetter(_ countA: Int, _ textA: String, than countB: Int, _ textB: String) -> Bool {
            countA != countB ? countA > countB : textA < textB
        }

        var built: [Company] = []
        built.reserveCapacity(componentCount)
        for component in 0..<componentCount {
            // Members are in edition order already; only several entries at one edition need sorting.
            var entries = Array(members[memberStart[component]..<memberStart[component + 1]])
            var runStart = 0
            while runStart < entries.count {
                var runEnd = runStart + 1
                let edition = grouping.editionOfEntry[entries[runStart]]
                while runEnd < entries.count && grouping.editionOfEntry[entries[runEnd]] == edition { runEnd += 1 }
                if runEnd - runStart > 1 {
                    entries[runStart..<runEnd].sort { a, b in
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
            built.append(Company(id: id, name: name, country: country, listings: listings))
            // Remember the entries in their sorted order for the reverse mapping below.
            for (offset, entry) in entries.enumerated() { members[memberStart[component] + offset] = entry }
        }

        let order = built.indices.sorted { built[$0].id < built[$1].id }
        var rank = [Int32](repeating: 0, count: componentCount)
        for (position, component) in order.enumerated() { rank[component] = Int32(position) }
        companies = order.map { built[$0] }
        companyOfEntry = componentOfEntry.map { rank[Int($0)] }
        var sortedMembers: [Int32] = []
        sortedMembers.reserveCapacity(entryCount)
        var sortedStart = [0]
        for component in order {
            sortedMembers.append(contentsOf: members[memberStart[component]..<memberStart[component + 1]].map(Int32.init))
            sortedStart.append(sortedMembers.count)
        }
        entriesOfCompany = sortedMembers
        entriesOfCompanyStart = sortedStart
    }

    /// Flat entry indices of each company (in `companies` order), in listing order.
    let entriesOfCompany: [Int32]
    let entriesOfCompanyStart: [Int]
}
