import Synchronization

/// How far `FairCollection.load` has got, for a progress line while a large folder loads: files
/// read of all, and entries in them. Files are read on all cores, so the counts are atomic; a
/// reader (the progress line, ten times a second) sees each count whole, the two perhaps a file
/// apart, which a progress line can live with.
public final class FairLoadProgress: Sendable {
    public let totalFiles: Int
    private let files = Atomic<Int>(0)
    private let entries = Atomic<Int>(0)

    public init(totalFiles: Int) {
        self.totalFiles = totalFiles
    }

    /// Counts one file read, with its entries.
    public func fileRead(entries count: Int) {
        entries.add(count, ordering: .relaxed)
        files.add(1, ordering: .relaxed)
    }

    public var snapshot: Snapshot {
        Snapshot(filesRead: files.load(ordering: .relaxed), totalFiles: totalFiles, entriesRead: entries.load(ordering: .relaxed))
    }

    /// The counts at one moment.
    public struct Snapshot: Sendable, Hashable {
        public var filesRead: Int
        public var totalFiles: Int
        public var entriesRead: Int

        public init(filesRead: Int, totalFiles: Int, entriesRead: Int) {
            self.filesRead = filesRead
            self.totalFiles = totalFiles
            self.entriesRead = entriesRead
        }

        /// Every file read: what is left is matching and building the catalogue.
        public var readingDone: Bool { filesRead >= totalFiles }
    }
}

extension FairCollection.Outcome {
    /// Entries the file held, for `FairLoadProgress`.
    var entryCount: Int {
        switch self {
        case .fair(let fair, _): fair.entriesRead
        case .showDocument, .failed: 0
        }
    }
}
