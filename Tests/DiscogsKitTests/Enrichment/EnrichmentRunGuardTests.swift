import DiscogsKit
import Foundation
import Testing

/// What keeps two runs from writing one output: the run identity in the journal and the lock.
@Suite struct EnrichmentRunGuardTests {
    static let rows = (try? EnrichmentResumeTests.rows) ?? []

    static func files() throws -> EnrichmentFiles {
        EnrichmentFiles(output: try EnrichmentResumeTests.folder().appendingPathComponent("items.jsonl").path)
    }

    @Test func theSameRowsHaveTheSameFingerprintAndAnyChangeAnother() throws {
        let identity = EnrichmentRunIdentity(rows: Self.rows, format: .jsonLines)
        #expect(!Self.rows.isEmpty)
        #expect(identity == EnrichmentRunIdentity(rows: try TargetListReader.rows(in: EnrichmentResumeTests.targets), format: .jsonLines))
        #expect(identity.fingerprint.count == 16)
        let changed = try TargetListReader.rows(in: EnrichmentResumeTests.targets.replacingOccurrences(of: "Higher", with: "Lower"))
        #expect(EnrichmentRunIdentity(rows: changed, format: .jsonLines).fingerprint != identity.fingerprint)
        #expect(EnrichmentRunIdentity(rows: Array(Self.rows.dropLast()), format: .jsonLines).fingerprint != identity.fingerprint)
    }

    @Test(arguments: [
        (EnrichmentRunIdentity(rows: rows, format: .csv), "was written as jsonl, not csv"),
        (EnrichmentRunIdentity(rows: Array(rows.dropFirst()), format: .jsonLines), "was written for another target list"),
        (EnrichmentRunIdentity(rows: rows, format: .jsonLines, settings: ["max-fetches=3"]), "was written with other settings"),
    ])
    func aResumeOfAnotherRunIsRefused(now: EnrichmentRunIdentity, reason: String) async throws {
        let files = try Self.files()
        let first = EnrichmentRunIdentity(rows: Self.rows, format: .jsonLines)
        #expect(try await EnrichmentResumeTests.interrupt(files, .jsonLines, crash: 4, tear: false, identity: first))
        let state = try files.checkpoint.load()
        #expect(state.identity == first)
        #expect(throws: EnrichmentFiles.ResumeError.self) { _ = try files.open(format: .jsonLines, resume: state, identity: now) }
        do {
            _ = try files.open(format: .jsonLines, resume: state, identity: now)
        } catch let error as EnrichmentFiles.ResumeError {
            #expect(error.description.contains(reason))
        }
        // The same run resumes.
        _ = try files.open(format: .jsonLines, resume: state, identity: first)
    }

    /// A run killed before its first target left a journal naming its settings and no target:
    /// a resume with other settings is refused too (it once started a CSV run in the JSON Lines
    /// run's files), and one with the same settings starts afresh.
    @Test func aResumeOfARunKilledBeforeItsFirstTargetChecksTheSettings() throws {
        let files = try Self.files()
        let first = EnrichmentRunIdentity(rows: Self.rows, format: .jsonLines)
        _ = try files.open(format: .jsonLines, resume: nil, identity: first)
        #expect(try files.checkpoint.load().last == nil)
        do {
            _ = try files.resumeState(identity: EnrichmentRunIdentity(rows: Self.rows, format: .csv))
            Issue.record("a resume with another format was accepted")
        } catch let error as EnrichmentFiles.ResumeError {
            #expect(error.description.contains("was written as jsonl, not csv"), "\(error)")
        }
        #expect(try files.resumeState(identity: first) == nil)
    }

    @Test func aSecondRunOnTheSameOutputIsRefusedUntilTheFirstEnds() throws {
        let files = try Self.files()
        let first = try EnrichmentRunLock(files: files)
        #expect(FileManager.default.fileExists(atPath: files.output + ".lock"))
        do {
            _ = try EnrichmentRunLock(files: files)
            Issue.record("a second lock was granted")
        } catch let error as EnrichmentRunLock.LockError {
            #expect(error.description.contains("another run is writing it"))
        }
        first.release()
        first.release() // twice is harmless
        // The lock file stays (removing it let two runs hold locks on different files).
        #expect(FileManager.default.fileExists(atPath: files.output + ".lock"))
        let second = try EnrichmentRunLock(files: files)
        second.release()
    }

    @Test func aLockInAMissingFolderIsAClearError() {
        let files = EnrichmentFiles(output: "/nonexistent-\(UUID().uuidString)/items.jsonl")
        #expect(throws: EnrichmentRunLock.LockError.self) { _ = try EnrichmentRunLock(files: files) }
    }
}
