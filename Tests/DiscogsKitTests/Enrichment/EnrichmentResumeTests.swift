import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

/// A run interrupted at any point and resumed ends with the same bytes as an uninterrupted run,
/// whatever the format, with no item twice.
@Suite struct EnrichmentResumeTests {
    struct Crash: Error {}

    /// A sink that hands items on until the `limit`-th write, then dies like a killed process.
    final class CrashingSink: ItemSink {
        let inner: any ItemSink
        let limit: Int
        private let count = Mutex(0)

        init(_ inner: any ItemSink, limit: Int) {
            self.inner = inner
            self.limit = limit
        }

        func write(_ item: ExtractedItem) async throws {
            let n = count.withLock { value -> Int in
                value += 1
                return value
            }
            if n > limit { throw Crash() }
            try await inner.write(item)
        }

        func flush() async throws { try await inner.flush() }
        func close() async throws { try await inner.close() }
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("enrich-resume-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func job(journalInterval: Int = 1) throws -> EnrichmentJob {
        var options = EnrichmentJob.Options()
        options.journalInterval = journalInterval
        return EnrichmentJob(matcher: try EnrichmentJobTests.fake().matcher(), options: options, extractor: EnrichmentFixtures.extractor)
    }

    /// Rows 2…9, chosen so that artists come back: Rødhåd and Dax J (row 2) again in row 4,
    /// Amelie Lens (row 3) again in rows 5 and 8; a near miss, a bad row, a failing search.
    static let targets = """
    artist,title
    Rødhåd & Dax J,Blind Faith
    Amelie Lens,Feel It
    Rodhad and Dax J,Blind Faith (Dax J Remix)
    Amelie Lens,Higher
    Charlotte de Witte,Feel It
    Nobody,
    Amelie Lens,Feel It (Dax J Remix)
    Nina Kraviz,Acid Rain
    """

    static var rows: [TargetListReader.Row] { get throws { try TargetListReader.rows(in: targets) } }

    /// The bytes of the output and unmatched files.
    static func bytes(_ files: EnrichmentFiles) throws -> (Data, Data) {
        (try Data(contentsOf: URL(fileURLWithPath: files.output)), try Data(contentsOf: URL(fileURLWithPath: files.unmatched)))
    }

    static func uninterrupted(_ format: ItemSinkFormat) async throws -> (Data, Data, EnrichmentSummary) {
        let files = EnrichmentFiles(output: try folder().appendingPathComponent("items.\(format.rawValue)").path)
        let summary = try await job().run(rows, outputs: try files.open(format: format, resume: nil))
        let (output, unmatched) = try bytes(files)
        return (output, unmatched, summary)
    }

    /// Runs until the `crash`-th item write fails; with `tear`, the dying process also got half
    /// an item and half a journal line out. Returns whether the run died.
    static func interrupt(_ files: EnrichmentFiles, _ format: ItemSinkFormat, crash: Int, tear: Bool,
                          resume: EnrichmentCheckpoint.State? = nil, identity: EnrichmentRunIdentity? = nil,
                          journalInterval: Int = 1) async throws -> Bool {
        var outputs = try files.open(format: format, resume: resume, identity: identity)
        let inner = outputs.sink
        outputs.sink = CrashingSink(inner, limit: crash)
        do {
            _ = try await job(journalInterval: journalInterval).run(rows, outputs: outputs, resume: resume)
            return false
        } catch is Crash {
            if tear {
                try? await inner.close() // what was buffered reaches the file, then a torn item
                try append(files.output, "{\"item_type\":\"track\",\"track_na")
                try append(files.checkpoint.url.path, "{\"sequence\":4,\"outpu")
            }
            return true
        }
    }

    static func append(_ path: String, _ text: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    static func resume(_ files: EnrichmentFiles, _ format: ItemSinkFormat, journalInterval: Int = 1) async throws -> EnrichmentSummary {
        let state = try files.checkpoint.load()
        let resume = state.last == nil ? nil : state
        return try await job(journalInterval: journalInterval).run(rows, outputs: try files.open(format: format, resume: resume), resume: resume)
    }

    /// A journal entry only every few targets (what --dump-index uses): a kill loses those
    /// targets' work, and the resume redoes it to the same bytes.
    @Test(arguments: [ItemSinkFormat.jsonLines, .csv, .sql], [1, 4, 7, 12])
    func aSparseJournalResumesToTheSameBytes(format: ItemSinkFormat, crash: Int) async throws {
        let (expected, expectedUnmatched, expectedSummary) = try await Self.uninterrupted(format)
        for interval in [3, 100] {
            let files = EnrichmentFiles(output: try Self.folder().appendingPathComponent("items.\(format.rawValue)").path)
            #expect(try await Self.interrupt(files, format, crash: crash, tear: true, journalInterval: interval))
            let summary = try await Self.resume(files, format, journalInterval: interval)
            let (output, unmatched) = try Self.bytes(files)
            #expect(output == expected, "\(format) crash \(crash) interval \(interval)")
            #expect(unmatched == expectedUnmatched && summary == expectedSummary)
        }
    }

    @Test(arguments: ItemSinkFormat.allCases, [0, 1, 3, 4, 7, 10, 12])
    func aResumedRunEndsWithTheSameBytes(format: ItemSinkFormat, crash: Int) async throws {
        let (expected, expectedUnmatched, expectedSummary) = try await Self.uninterrupted(format)
        // The run writes 13 items (6 tracks, 4 artists, 3 labels): every crash point is inside it.
        #expect(expectedSummary.tracksWritten + expectedSummary.artistsWritten + expectedSummary.labelsWritten == 13)
        for tear in [false, true] {
            let files = EnrichmentFiles(output: try Self.folder().appendingPathComponent("items.\(format.rawValue)").path)
            #expect(try await Self.interrupt(files, format, crash: crash, tear: tear))
            let summary = try await Self.resume(files, format)
            let (output, unmatched) = try Self.bytes(files)
            #expect(output == expected, "\(format) crash \(crash) tear \(tear):\n\(String(decoding: output, as: UTF8.self))")
            #expect(unmatched == expectedUnmatched)
            #expect(summary == expectedSummary)
        }
    }

    /// The first run dies in row 3 with its journal line half written; the resumed run's line for
    /// row 3 must not be glued to it and lost, or row 3's artists would be written again in row 8.
    @Test(arguments: [ItemSinkFormat.jsonLines, .jsonArray], [1, 3, 5, 6])
    func twoInterruptionsInARow(format: ItemSinkFormat, second: Int) async throws {
        let (expected, expectedUnmatched, _) = try await Self.uninterrupted(format)
        let files = EnrichmentFiles(output: try Self.folder().appendingPathComponent("items.\(format.rawValue)").path)
        #expect(try await Self.interrupt(files, format, crash: 4, tear: true))
        let state = try files.checkpoint.load()
        #expect(try await Self.interrupt(files, format, crash: second, tear: true, resume: state))
        _ = try await Self.resume(files, format)
        let (output, unmatched) = try Self.bytes(files)
        #expect(output == expected)
        #expect(unmatched == expectedUnmatched)
    }

    @Test func aResumedJSONLinesOutputHasNoItemTwiceButTheTargetsOwnTracks() async throws {
        let files = EnrichmentFiles(output: try Self.folder().appendingPathComponent("items.jsonl").path)
        #expect(try await Self.interrupt(files, .jsonLines, crash: 6, tear: true))
        _ = try await Self.resume(files, .jsonLines)
        let items = try String(contentsOfFile: files.output, encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(ExtractedItem.self, from: Data($0.utf8)) }
        let others = items.filter { $0.kind != .track }.map(\.key)
        #expect(Set(others).count == others.count)
        let rows = items.compactMap { item -> Int? in if case .track(let track) = item { track.metadata.targetRow } else { nil } }
        #expect(rows == [2, 3, 4, 5, 6, 8])
    }

    @Test func aFinishedRunIsResumedOnlyForItsFailedTargets() async throws {
        let files = EnrichmentFiles(output: try Self.folder().appendingPathComponent("items.jsonl").path)
        _ = try await Self.job().run(Self.rows, outputs: try files.open(format: .jsonLines, resume: nil))
        let state = try files.checkpoint.load()
        #expect(state.isComplete)
        #expect(state.last?.summary.matched == 6)
        #expect(state.failedSequences == [7], "Nina Kraviz's search failed")
        // Still failing: the retry records a new error, and the target stays to be retried.
        let again = try await Self.job().run(Self.rows, outputs: try files.open(format: .jsonLines, resume: state), resume: state)
        #expect(again.errors == 1)
        #expect(again.matched == 6)
        #expect(try files.checkpoint.load().failedSequences == [7])
        // A finished run with nothing failed is not resumed.
        let clean = EnrichmentFiles(output: try Self.folder().appendingPathComponent("items.jsonl").path)
        let rows = try TargetListReader.rows(in: Self.targets.components(separatedBy: "\n").dropLast().joined(separator: "\n"))
        _ = try await Self.job().run(rows, outputs: try clean.open(format: .jsonLines, resume: nil))
        let finished = try clean.checkpoint.load()
        #expect(finished.isComplete && finished.failedSequences.isEmpty)
        #expect(throws: EnrichmentFiles.ResumeError.self) { _ = try clean.open(format: .jsonLines, resume: finished) }
    }

    @Test func aMissingOrShortenedOutputCannotBeResumed() async throws {
        let files = EnrichmentFiles(output: try Self.folder().appendingPathComponent("items.jsonl").path)
        #expect(try await Self.interrupt(files, .jsonLines, crash: 6, tear: false))
        let state = try files.checkpoint.load()
        try Data("x".utf8).write(to: URL(fileURLWithPath: files.output))
        #expect { _ = try files.open(format: .jsonLines, resume: state) } throws: { error in
            (error as? EnrichmentFiles.ResumeError)?.description.contains("shorter than the checkpoint says") == true
        }
        try FileManager.default.removeItem(atPath: files.output)
        #expect { _ = try files.open(format: .jsonLines, resume: state) } throws: { error in
            (error as? EnrichmentFiles.ResumeError)?.description.contains("is missing") == true
        }
    }
}
