import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The journal that makes an enrichment run resumable, even after `kill -9`.
///
/// After each target's output is flushed, one JSON line records the target's sequence number,
/// the byte lengths of the output and unmatched files at that point, and the keys of the artist,
/// label and track items written for it. A resumed run truncates both files to the last
/// recorded lengths (dropping anything half-written), restores the keys (so nothing is written
/// twice) and continues after the last recorded target. A final line marks the run complete.
/// The first line records the run's ``EnrichmentRunIdentity`` (target list, format, settings),
/// so that a resume of another run is refused.
public struct EnrichmentCheckpoint: Sendable {
    /// One journal line.
    public struct Entry: Sendable, Hashable, Codable {
        /// The target's 0-based place in the input.
        public var sequence: Int
        /// The output file's length after the target.
        public var outputLength: UInt64
        /// The unmatched file's length after the target.
        public var unmatchedLength: UInt64
        /// Keys of the items first written for this target.
        public var keys: [String]
        /// The counters after this target.
        public var summary: EnrichmentSummary
        /// Present on the last line of a finished run.
        public var complete: Bool?
        /// `true` when this line's target ended in an error (network, server): a resume tries
        /// it again.
        public var failed: Bool?
        /// The target this line records a second try of (``sequence`` then stays the run's
        /// position).
        public var retried: Int?

        /// Creates an entry.
        public init(sequence: Int, outputLength: UInt64, unmatchedLength: UInt64, keys: [String],
                    summary: EnrichmentSummary, complete: Bool?, failed: Bool? = nil, retried: Int? = nil) {
            self.sequence = sequence
            self.outputLength = outputLength
            self.unmatchedLength = unmatchedLength
            self.keys = keys
            self.summary = summary
            self.complete = complete
            self.failed = failed
            self.retried = retried
        }
    }

    /// What a previous run left.
    public struct State: Sendable {
        /// The run the journal belongs to, when it recorded one.
        public var identity: EnrichmentRunIdentity?
        /// The last complete entry, or `nil` when the journal is empty.
        public var last: Entry?
        /// Every key written so far.
        public var keys: Set<String>
        /// The targets (0-based places) whose last try ended in an error: a resume tries them
        /// again, even after the run finished.
        public var failedSequences: [Int] = []
        /// The entry a resume continues from: the last one, or the one before the final
        /// "complete" line (whose lengths include the format's closing bytes).
        public var continuation: Entry? = nil
        /// Whether the previous run finished.
        public var isComplete: Bool { last?.complete == true }
        /// Whether a resume has anything to do: the run did not finish, or targets failed.
        public var hasWorkLeft: Bool { last != nil && (!isComplete || !failedSequences.isEmpty) }
    }

    /// The journal's file.
    public let url: URL

    /// Creates a journal at `url`.
    public init(url: URL) {
        self.url = url
    }

    /// Reads what a previous run left: an empty state when there is no journal; otherwise its
    /// identity, last entry and keys. Only lines ending in a newline count (an append that did
    /// not write its newline did not finish), exactly as ``repair()`` keeps them.
    /// - Throws: ``EnrichmentFiles/ResumeError`` when the journal exists but cannot be read: it
    ///   is never mistaken for an empty one.
    public func load() throws -> State {
        guard let data = try read() else { return State(last: nil, keys: []) }
        let parsed = Self.parse(data)
        var keys = Set<String>()
        var failed = Set<Int>()
        for entry in parsed.entries {
            keys.formUnion(entry.keys)
            let target = entry.retried ?? entry.sequence
            if entry.retried != nil || entry.complete != true { failed.remove(target) }
            if entry.failed == true { failed.insert(target) }
        }
        let last = parsed.entries.last
        let continuation = last?.complete == true && parsed.entries.count >= 2 ? parsed.entries[parsed.entries.count - 2] : last
        return State(identity: parsed.identity, last: last, keys: keys, failedSequences: failed.sorted(),
                     continuation: continuation)
    }

    /// Cuts the journal back to its last whole, readable line, so that lines appended after an
    /// interruption that tore the last one are not glued to it.
    /// - Throws: ``EnrichmentFiles/ResumeError`` when the journal cannot be read, or the file
    ///   system's error when it cannot be cut.
    public func repair() throws {
        guard let data = try read() else { return }
        let valid = Self.parse(data).validLength
        guard valid < data.count else { return }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.truncate(atOffset: UInt64(valid))
    }

    /// The journal's bytes, `nil` when there is no journal.
    private func read() throws -> Data? {
        var status = stat()
        if stat(url.path, &status) != 0 {
            if errno == ENOENT { return nil }
            throw EnrichmentFiles.ResumeError(path: url.path, reason: "cannot be read (\(String(cString: strerror(errno))))")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw EnrichmentFiles.ResumeError(path: url.path, reason: "cannot be read (\(error.localizedDescription))")
        }
    }

    /// The one reading of a journal, for ``load()`` and ``repair()`` alike: the header, the
    /// entries, and the length of the whole, readable lines (each ending in a newline) they
    /// make up. Unreadable lines after the last readable one are what an interruption tore.
    static func parse(_ data: Data) -> (identity: EnrichmentRunIdentity?, entries: [Entry], validLength: Int) {
        var identity: EnrichmentRunIdentity?
        var entries: [Entry] = []
        var valid = 0
        var start = data.startIndex
        let decoder = JSONDecoder()
        while let newline = data[start...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = data[start..<newline]
            if let entry = try? decoder.decode(Entry.self, from: line) {
                entries.append(entry)
                valid = newline + 1 - data.startIndex
            } else if let header = try? decoder.decode(Header.self, from: line) {
                if identity == nil { identity = header.run }
                valid = newline + 1 - data.startIndex
            }
            start = newline + 1
        }
        return (identity, entries, valid)
    }

    /// Starts a fresh journal (an existing one is replaced), recording `identity` first.
    public func reset(identity: EnrichmentRunIdentity? = nil) throws {
        var data = Data()
        if let identity {
            data = try JSONEncoder().encode(Header(run: identity))
            data.append(UInt8(ascii: "\n"))
        }
        try data.write(to: url, options: .atomic)
    }

    /// The journal's first line.
    struct Header: Codable {
        var run: EnrichmentRunIdentity
    }

    /// Appends `entry` and syncs it to disk.
    public func append(_ entry: Entry) throws {
        var line = try JSONEncoder().encode(entry)
        line.append(UInt8(ascii: "\n"))
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: line)
        try handle.synchronize()
    }
}

/// What an enrichment run did.
public struct EnrichmentSummary: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Rows in the input (bad ones included).
    public var targets = 0
    /// Targets matched to a track.
    public var matched = 0
    /// Targets not matched (below the confidence threshold or not found).
    public var unmatched = 0
    /// Rows that could not be read.
    public var badRows = 0
    /// Targets that failed with an error (network, server, authentication).
    public var errors = 0
    /// Track items written.
    public var tracksWritten = 0
    /// Artist items written.
    public var artistsWritten = 0
    /// Label items written.
    public var labelsWritten = 0

    /// Creates an empty summary.
    public init() {}

    /// Targets finished so far (matched, unmatched, bad or failed).
    public var done: Int { matched + unmatched + badRows + errors }

    /// A few lines for a person.
    public var description: String {
        "targets \(targets): matched \(matched), unmatched \(unmatched), bad rows \(badRows), errors \(errors)\n"
            + "items written: \(tracksWritten) tracks, \(artistsWritten) artists, \(labelsWritten) labels"
    }
}
