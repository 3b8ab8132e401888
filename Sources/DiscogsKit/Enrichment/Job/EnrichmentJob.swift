import Foundation

/// The daily SongNodes job: match each target, extract its items, write them to a sink, and
/// account for every row — as items in the output or as a line in the unmatched file.
///
/// Targets are matched a window at a time (``Options/window`` rows), concurrently through the
/// client's one rate limiter, and written in input order as soon as each is done. What the
/// matcher decides depends only on Discogs' answers and the window, never on timing or on what
/// is cached, so a run's output is deterministic and a resumed run (see ``EnrichmentFiles`` and
/// ``EnrichmentCheckpoint``) ends with the same bytes as an uninterrupted one.
///
/// A matched target writes its own ``TrackItem`` (carrying the target's row, the confidence and
/// the reasons), then the artists and labels it refers to that the run has not written yet:
/// artists and labels appear once per run; a track appears again only when another target
/// matches it too, each time with that target's row.
///
/// ```swift
/// let files = EnrichmentFiles(output: "items.jsonl")
/// let job = EnrichmentJob(matcher: TrackMatcher(client: client))
/// let summary = try await job.run(rows, outputs: try files.open(format: .jsonLines, resume: nil)) { progress in
///     print(progress.summary.done, "of", progress.total)
/// }
/// ```
public struct EnrichmentJob: Sendable {
    /// How the job runs.
    public struct Options: Sendable, Hashable {
        /// Requests in flight at once. Default 4.
        public var concurrency: Int = 4
        /// Write every track of each matched release instead of the matched track only.
        public var wholeRelease: Bool = false
        /// Targets matched together (see ``TrackMatcher/match(_:concurrency:finished:)``): they
        /// share their release fetches, and the window's releases are held until it ends.
        /// Default 200.
        public var window: Int = 200
        /// Targets written between two entries of the resume journal. Each entry flushes and
        /// fsyncs the outputs, which costs more than matching a target from a local index; a
        /// kill loses at most this many targets' work, which a resume redoes (the outputs are cut
        /// back to the last entry). A target that ended in an error is journalled at once, and
        /// so is the last of each window. Default 1.
        public var journalInterval: Int = 1
        /// The defaults above.
        public init() {}
    }

    /// Where the job writes.
    public struct Outputs: Sendable {
        /// The items.
        public var sink: any ItemSink
        /// The targets without items.
        public var unmatched: UnmatchedWriter
        /// The resume journal, if the run is resumable.
        public var checkpoint: EnrichmentCheckpoint?
        /// The lengths of the output and unmatched files after a flush, for the journal.
        public var lengths: @Sendable () throws -> (output: UInt64, unmatched: UInt64)
        /// Makes the flushed output and unmatched files durable (fsync) before the journal
        /// vouches for them, so a power loss never leaves a journal line for bytes the disk lost.
        public var synchronize: @Sendable () throws -> Void

        /// Creates outputs.
        public init(sink: any ItemSink, unmatched: UnmatchedWriter, checkpoint: EnrichmentCheckpoint? = nil,
                    lengths: @escaping @Sendable () throws -> (output: UInt64, unmatched: UInt64) = { (0, 0) },
                    synchronize: @escaping @Sendable () throws -> Void = {}) {
            self.sink = sink
            self.unmatched = unmatched
            self.checkpoint = checkpoint
            self.lengths = lengths
            self.synchronize = synchronize
        }
    }

    /// Progress after each written target.
    public struct Progress: Sendable {
        /// Rows in the input.
        public var total: Int
        /// The counters so far.
        public var summary: EnrichmentSummary
    }

    /// The matcher (and through it the client and the release cache).
    public let matcher: TrackMatcher
    /// The options.
    public let options: Options
    /// Makes items from matched releases.
    public let extractor: ReleaseExtractor

    /// Creates a job.
    public init(matcher: TrackMatcher, options: Options = Options(), extractor: ReleaseExtractor = ReleaseExtractor()) {
        self.matcher = matcher
        self.options = options
        self.extractor = extractor
    }

    enum Outcome: Sendable {
        case matched(TrackMatcher.Match)
        case unmatched(String)
        case failed(String)
        case bad(TargetRowError)
        /// The server stopped answering: the run ends before this target, which stays undone.
        case halt(DiscogsError)

        var isFailure: Bool {
            if case .failed = self { return true }
            return false
        }
    }

    /// Runs the job over `rows`, resuming after `resume` when given: the targets whose last try
    /// ended in an error (``EnrichmentCheckpoint/State/failedSequences``) are tried again first,
    /// then the run continues after the last recorded target.
    /// Closes the sink and the unmatched writer at the end, then marks the journal complete.
    /// - Returns: the counters of the whole run (a resumed run's include the earlier part).
    /// - Throws: an output error (the sink or unmatched file could not be written),
    ///   `CancellationError`, or ``DiscogsError/serverUnreachable(_:)`` when the server stopped
    ///   answering: the run then ends at the first target that could not be done, with every
    ///   target before it written and journalled, so a resume continues there. Other target
    ///   failures are not thrown but reported as `error` lines.
    public func run(_ rows: [TargetListReader.Row], outputs: Outputs, resume: EnrichmentCheckpoint.State? = nil,
                    progress: @escaping @Sendable (Progress) -> Void = { _ in }) async throws -> EnrichmentSummary {
        var summary = resume?.continuation?.summary ?? EnrichmentSummary()
        summary.targets = rows.count
        var written = ItemKeySet(resume?.keys ?? [])
        let start = (resume?.continuation?.sequence).map { $0 + 1 } ?? 0
        if let resume, let position = resume.continuation?.sequence, !resume.failedSequences.isEmpty {
            try await retry(resume.failedSequences, of: rows, position: position, outputs: outputs,
                            written: &written, summary: &summary, progress: progress)
        }
        if start < rows.count {
            try await process(rows, from: start, outputs: outputs, written: &written, summary: &summary, progress: progress)
        }
        try await outputs.sink.close()
        try await outputs.unmatched.close()
        if let checkpoint = outputs.checkpoint {
            try outputs.synchronize()
            let lengths = try outputs.lengths()
            try checkpoint.append(.init(sequence: rows.count - 1, outputLength: lengths.output,
                                        unmatchedLength: lengths.unmatched, keys: [], summary: summary, complete: true))
        }
        return summary
    }

    /// Matches and writes the rows from `start` on, window by window. Windows are fixed slices
    /// of the row list, so a resumed run redoes the interrupted window whole (writing only the
    /// rows not written yet) and decides exactly as the uninterrupted run did.
    private func process(_ rows: [TargetListReader.Row], from start: Int, outputs: Outputs, written: inout ItemKeySet,
                         summary: inout EnrichmentSummary, progress: @escaping @Sendable (Progress) -> Void) async throws {
        let size = max(1, options.window)
        var windowStart = start / size * size
        while windowStart < rows.count {
            let window = windowStart..<min(windowStart + size, rows.count)
            var sequences: [Int] = []
            var targets: [EnrichmentTarget] = []
            var pending: [Int: Outcome] = [:]
            for sequence in window {
                switch rows[sequence] {
                case .target(let target):
                    sequences.append(sequence)
                    targets.append(target)
                case .bad(let error):
                    pending[sequence] = .bad(error)
                }
            }
            var toWrite = max(start, window.lowerBound)
            var unjournalled: [String] = []
            var sinceJournal = 0
            func writeReady() async throws {
                while let ready = pending.removeValue(forKey: toWrite) {
                    try await stopIfHalted(ready, outputs: outputs)
                    unjournalled += try await write(ready, row: rows[toWrite], outputs: outputs, written: &written, summary: &summary)
                    sinceJournal += 1
                    if ready.isFailure || sinceJournal >= max(1, options.journalInterval) || toWrite == window.upperBound - 1 {
                        try await journal(sequence: toWrite, keys: unjournalled, summary: summary, outputs: outputs,
                                          failed: ready.isFailure)
                        unjournalled = []
                        sinceJournal = 0
                    }
                    toWrite += 1
                    progress(Progress(total: rows.count, summary: summary))
                }
            }
            try await writeReady()
            _ = try await matcher.match(targets, concurrency: options.concurrency) { index, result in
                pending[sequences[index]] = Self.outcome(result)
                try await writeReady()
            }
            windowStart = window.upperBound
        }
    }

    /// Ends the run before `outcome` when it is a halt: what was written stays, flushed, and
    /// the error goes up to the caller.
    func stopIfHalted(_ outcome: Outcome, outputs: Outputs) async throws {
        guard case .halt(let error) = outcome else { return }
        try await outputs.sink.flush()
        try await outputs.unmatched.flush()
        throw error
    }

    static func outcome(_ result: Result<TrackMatcher.Outcome, any Error>) -> Outcome {
        switch result {
        case .success(.matched(let match)): return .matched(match)
        case .success(.unmatched(let reason)): return .unmatched(reason)
        case .failure(let error as DiscogsError):
            if case .serverUnreachable = error { return .halt(error) }
            return .failed(error.description)
        case .failure(let error): return .failed(String(describing: error))
        }
    }

    func write(_ outcome: Outcome, row: TargetListReader.Row, outputs: Outputs, written: inout ItemKeySet,
                       summary: inout EnrichmentSummary) async throws -> [String] {
        var target: EnrichmentTarget?
        if case .target(let t) = row { target = t }
        switch outcome {
        case .bad(let error):
            summary.badRows += 1
            try await outputs.unmatched.write(UnmatchedTarget(row: error.row, kind: .badRow, reason: error.reason))
            return []
        case .unmatched(let reason):
            summary.unmatched += 1
            try await outputs.unmatched.write(UnmatchedTarget(row: row.row, kind: .unmatched, artist: target?.artist,
                                                              title: target?.title, reason: reason))
            return []
        case .halt:
            return []
        case .failed(let reason):
            summary.errors += 1
            try await outputs.unmatched.write(UnmatchedTarget(row: row.row, kind: .error, artist: target?.artist,
                                                              title: target?.title, reason: reason))
            return []
        case .matched(let match):
            var keys: [String] = []
            // The matched track is written for every target that finds it (each carries its own
            // row); everything else once per run.
            let all = items(for: match).enumerated().filter { $0.offset == 0 || !written.contains($0.element) }.map(\.element)
            // A match is written whole or not at all: an item the sink cannot take makes the
            // target an error line, and the run goes on.
            do {
                for item in all { try await outputs.sink.check(item) }
            } catch let error as SinkError {
                summary.errors += 1
                try await outputs.unmatched.write(UnmatchedTarget(row: row.row, kind: .error, artist: target?.artist,
                                                                  title: target?.title, reason: error.description))
                return []
            }
            summary.matched += 1
            for item in all {
                try await outputs.sink.write(item)
                if written.insert(item) { keys.append(item.key) }
                switch item {
                case .track: summary.tracksWritten += 1
                case .artist: summary.artistsWritten += 1
                case .label: summary.labelsWritten += 1
                }
            }
            return keys
        }
    }

    /// The items one match yields, its track first (with the target's row and the match's
    /// confidence and reasons), then the artists and labels it refers to; or, with
    /// ``Options/wholeRelease``, then the release's other tracks, artists and labels.
    func items(for match: TrackMatcher.Match) -> [ExtractedItem] {
        var matched = extractor.items(for: match.track, in: match.release)
        matched.track.metadata.targetRow = match.target.row
        matched.track.metadata.matchConfidence = (match.confidence * 1000).rounded() / 1000
        matched.track.metadata.matchReasons = match.reasons
        guard options.wholeRelease else {
            return [.track(matched.track)] + matched.artists.map(ExtractedItem.artist) + matched.labels.map(ExtractedItem.label)
        }
        let all = extractor.extract(match.release)
        let others = all.tracks.filter { $0.itemKey != matched.track.itemKey }
        return [.track(matched.track)] + others.map(ExtractedItem.track) + all.artists.map(ExtractedItem.artist)
            + all.labels.map(ExtractedItem.label)
    }

    func journal(sequence: Int, keys: [String], summary: EnrichmentSummary, outputs: Outputs,
                 failed: Bool = false, retried: Int? = nil) async throws {
        guard let checkpoint = outputs.checkpoint else { return }
        try await outputs.sink.flush()
        try await outputs.unmatched.flush()
        try outputs.synchronize()
        let lengths = try outputs.lengths()
        try checkpoint.append(.init(sequence: sequence, outputLength: lengths.output, unmatchedLength: lengths.unmatched,
                                    keys: keys, summary: summary, complete: nil, failed: failed ? true : nil,
                                    retried: retried))
    }
}
