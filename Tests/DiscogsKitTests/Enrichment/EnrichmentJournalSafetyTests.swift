import DiscogsKit
import Foundation
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The resume journal and the run lock never cost a user their output: an unreadable journal is
/// an error, not an empty one; output no journal vouches for is never truncated; the journal's
/// reader and repairer agree about a last line without its newline; and two runs can never hold
/// the lock of one output at once.
@Suite struct EnrichmentJournalSafetyTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func entry(_ sequence: Int, output: UInt64) -> EnrichmentCheckpoint.Entry {
        EnrichmentCheckpoint.Entry(sequence: sequence, outputLength: output, unmatchedLength: 0, keys: ["k\(sequence)"],
                                   summary: EnrichmentSummary(), complete: nil)
    }

    @Test func anUnreadableJournalIsAnErrorAndTheOutputStays() throws {
        let dir = try Self.folder()
        let files = EnrichmentFiles(output: dir.appendingPathComponent("items.jsonl").path)
        try Data("{\"a\":1}\n".utf8).write(to: URL(fileURLWithPath: files.output))
        // A journal that exists but cannot be read (here: a directory in its place; as root,
        // permissions would not stop the read).
        try FileManager.default.createDirectory(atPath: files.checkpoint.url.path, withIntermediateDirectories: true)
        #expect(throws: EnrichmentFiles.ResumeError.self) { _ = try files.checkpoint.load() }
        #expect(throws: EnrichmentFiles.ResumeError.self) { _ = try files.resumeState() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: files.output)).count == 8)
    }

    @Test func outputNoJournalVouchesForIsNotWipedByAResume() throws {
        let dir = try Self.folder()
        let files = EnrichmentFiles(output: dir.appendingPathComponent("items.jsonl").path)
        try Data("{\"a\":1}\n".utf8).write(to: URL(fileURLWithPath: files.output))
        let error = #expect(throws: EnrichmentFiles.ResumeError.self) { _ = try files.resumeState() }
        #expect(error?.description.contains("no journal") == true, "\(String(describing: error))")
        #expect(try Data(contentsOf: URL(fileURLWithPath: files.output)).count == 8)
    }

    @Test func nothingToResumeIsNil() throws {
        let dir = try Self.folder()
        let files = EnrichmentFiles(output: dir.appendingPathComponent("items.jsonl").path)
        #expect(try files.resumeState() == nil)
        try Data().write(to: URL(fileURLWithPath: files.output))
        #expect(try files.resumeState() == nil)
    }

    @Test func loadAndRepairAgreeAboutALastLineWithoutItsNewline() throws {
        let dir = try Self.folder()
        let journal = EnrichmentCheckpoint(url: dir.appendingPathComponent("items.jsonl.checkpoint"))
        try journal.reset()
        try journal.append(Self.entry(0, output: 10))
        // The last append reached the disk without its newline.
        var torn = try JSONEncoder().encode(Self.entry(1, output: 20))
        let handle = try FileHandle(forWritingTo: journal.url)
        try handle.seekToEnd()
        try handle.write(contentsOf: torn)
        try handle.close()
        let loaded = try journal.load()
        try journal.repair()
        let repaired = try journal.load()
        #expect(loaded.last?.sequence == repaired.last?.sequence)
        #expect(loaded.keys == repaired.keys)
        #expect(loaded.last?.sequence == 0, "a line without its newline was never wholly written")
        torn.removeAll()
    }

    @Test func releasingTheLockNeverLetsTwoRunsHoldIt() throws {
        let dir = try Self.folder()
        let files = EnrichmentFiles(output: dir.appendingPathComponent("items.jsonl").path)
        let first = try EnrichmentRunLock(files: files)
        // A second run has opened the lock file and waits for it.
        let waiting = open(first.path, O_RDWR)
        #expect(waiting >= 0)
        defer { close(waiting) }
        first.release()
        #expect(flock(waiting, LOCK_EX | LOCK_NB) == 0, "the waiting run gets the lock")
        // A third run must now be refused: the lock is held, on the same file.
        #expect(throws: EnrichmentRunLock.LockError.self) { _ = try EnrichmentRunLock(files: files) }
    }
}

/// The outputs reach the disk before the journal vouches for them: every journal line is
/// preceded by a sync of the output and unmatched files.
@Suite struct EnrichmentDurabilityTests {
    @Test func everyJournalLineFollowsASyncOfTheOutputs() async throws {
        let dir = try EnrichmentJournalSafetyTests.folder()
        let files = EnrichmentFiles(output: dir.appendingPathComponent("items.jsonl").path)
        let opened = try files.open(format: .jsonLines, resume: nil)
        let journal = files.checkpoint.url
        let linesAtSync = Mutex<[Int]>([])
        let outputs = EnrichmentJob.Outputs(sink: opened.sink, unmatched: opened.unmatched, checkpoint: opened.checkpoint,
                                            lengths: opened.lengths) {
            try opened.synchronize()
            let lines = (try? Data(contentsOf: journal))?.filter { $0 == UInt8(ascii: "\n") }.count ?? 0
            linesAtSync.withLock { $0.append(lines) }
        }
        let rows = try TargetListReader.rows(in: EnrichmentJobTests.targets)
        let job = EnrichmentJob(matcher: try EnrichmentJobTests.fake().matcher(), extractor: EnrichmentFixtures.extractor)
        _ = try await job.run(rows, outputs: outputs)
        let seen = linesAtSync.withLock { $0 }
        let journalLines = try Data(contentsOf: journal).filter { $0 == UInt8(ascii: "\n") }.count
        // One sync per journal line, each just before that line was appended.
        #expect(seen.count == journalLines)
        #expect(seen == Array(0..<journalLines))
    }
}

/// Targets that ended in a network or server error are not done for good: a resume tries them
/// again (even after the run finished), and the journal keeps track of which are still failed.
@Suite struct EnrichmentRetryOnResumeTests {
    @Test(arguments: [ItemSinkFormat.jsonLines, .jsonArray, .sql])
    func aResumeRetriesTheTargetsThatFailed(format: ItemSinkFormat) async throws {
        let dir = try EnrichmentJournalSafetyTests.folder()
        let files = EnrichmentFiles(output: dir.appendingPathComponent("items.out").path)
        let rows = try TargetListReader.rows(in: EnrichmentJobTests.targets)
        // First run: Nina Kraviz's search fails with a server error.
        let first = EnrichmentJob(matcher: try EnrichmentJobTests.fake().matcher(), extractor: EnrichmentFixtures.extractor)
        let summary = try await first.run(rows, outputs: try files.open(format: format, resume: nil))
        #expect(summary.errors == 1)
        let state = try #require(try files.resumeState())
        #expect(state.isComplete)
        #expect(state.failedSequences == [4])
        #expect(state.hasWorkLeft)
        // The server is fine now: the resume tries row 6 (sequence 4) again and finishes.
        let again = EnrichmentJob(matcher: try FakeDiscogs().matcher(), extractor: EnrichmentFixtures.extractor)
        let resumed = try await again.run(rows, outputs: try files.open(format: format, resume: state), resume: state)
        #expect(resumed.errors == 0)
        #expect(resumed.matched + resumed.unmatched + resumed.badRows == 8)
        let after = try #require(try files.resumeState())
        #expect(after.failedSequences.isEmpty)
        #expect(!after.hasWorkLeft)
        let text = try String(contentsOfFile: files.output, encoding: .utf8)
        switch format {
        case .jsonArray:
            let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any]
            #expect(parsed != nil, "the JSON array is whole again")
        case .sql:
            #expect(text.components(separatedBy: "COMMIT;").count == 2, "one transaction, closed once")
        default:
            break
        }
    }
}
