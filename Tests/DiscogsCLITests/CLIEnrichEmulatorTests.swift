import Foundation
import Testing

/// `discogs enrich` end to end against the emulator that `.ci/run` starts (skipped without
/// DISCOGS_BASE_URL): every row accounted for, resume refusals, the finished-run answer.
@Suite(.enabled(if: CLIProcess.emulatorURL != nil, "needs the emulator: set DISCOGS_BASE_URL (.ci/run does)"))
struct CLIEnrichEmulatorTests {
    var environment: [String: String] {
        ["DISCOGS_BASE_URL": CLIProcess.emulatorURL ?? "", "DISCOGS_TOKEN": CLIProcess.emulatorToken]
    }

    static let targets = """
        artist,title
        Rick Astley,Never Gonna Give You Up
        Nobody At All,Nothing Like This Exists
        ,
        """

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cli-enrich-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func objects(_ path: URL) throws -> [[String: Any]] {
        try String(contentsOf: path, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func everyRowEndsAsItemsOrAnUnmatchedLineAndAResumeOfAnotherRunIsRefused() async throws {
        let dir = try folder()
        let targets = dir.appendingPathComponent("targets.csv")
        try Self.targets.write(to: targets, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("items.jsonl")
        let arguments = ["enrich", targets.path, "--out", out.path, "--no-shared-limit", "--rate-limit", "1000/1"]
        let run = try await CLIProcess.run(arguments, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("targets 3: matched 1, unmatched 1, bad rows 1, errors 0"), "\(run.stderr)")

        let tracks = try objects(out).filter { $0["item_type"] as? String == "track" }
        #expect(tracks.count == 1)
        let metadata = try #require(tracks.first?["metadata"] as? [String: Any])
        #expect(metadata["target_row"] as? Int == 2)
        #expect((tracks.first?["track_name"] as? String)?.hasPrefix("Never Gonna Give You Up") == true)
        let unmatched = try objects(URL(fileURLWithPath: out.path + ".unmatched.jsonl"))
        #expect(unmatched.compactMap { $0["row"] as? Int }.sorted() == [3, 4])
        #expect(unmatched.compactMap { $0["kind"] as? String }.sorted() == ["bad_row", "unmatched"])
        // The lock file stays (empty): removing it could let two runs hold the output at once.
        #expect(FileManager.default.fileExists(atPath: out.path + ".lock"))

        let again = try await CLIProcess.run(arguments + ["--resume"], environment: environment)
        #expect(again.status == 0)
        #expect(again.stderr.contains("already complete"))
    }

    /// With nothing listening, the run stops within seconds with exit 6 and keeps its journal;
    /// once the server answers, `--resume` finishes every row.
    @Test func aDeadServerEndsTheRunQuicklyAndItResumesOnceTheServerIsBack() async throws {
        let dir = try folder()
        let targets = dir.appendingPathComponent("targets.csv")
        let rows = (1...40).map { "Artist \($0),Title \($0)" }
        try ("artist,title\n" + rows.joined(separator: "\n") + "\n").write(to: targets, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("items.jsonl")
        let arguments = ["enrich", targets.path, "--out", out.path, "--no-shared-limit", "--rate-limit", "1000/1"]
        let started = Date()
        let dead = try await CLIProcess.run(arguments + ["--base-url", "http://127.0.0.1:9"], environment: environment, timeout: 120)
        #expect(dead.status == 6, "\(dead.stderr)")
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(dead.stderr.contains("did not answer the last 10 attempts"), "\(dead.stderr)")
        #expect(dead.stderr.contains("--resume"))
        let back = try await CLIProcess.run(arguments + ["--resume"], environment: environment, timeout: 120)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stderr.contains("targets 40: matched 0, unmatched 40, bad rows 0, errors 0"), "\(back.stderr)")
        let unmatched = try objects(URL(fileURLWithPath: out.path + ".unmatched.jsonl"))
        #expect(Set(unmatched.compactMap { $0["row"] as? Int }) == Set(2...41))
    }

    @Test func aResumeWithAnotherFormatIsRefusedWithWhatDiffers() async throws {
        let dir = try folder()
        let targets = dir.appendingPathComponent("targets.csv")
        try Self.targets.write(to: targets, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("items.out")
        // A journal that stopped after its first target, as a killed run leaves it.
        let first = try await CLIProcess.run(["enrich", targets.path, "--out", out.path, "--no-shared-limit", "--rate-limit", "1000/1"],
                                       environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let journal = URL(fileURLWithPath: out.path + ".checkpoint")
        let lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n")
        try (lines.prefix(2).joined(separator: "\n") + "\n").write(to: journal, atomically: true, encoding: .utf8)

        let csv = try await CLIProcess.run(["enrich", targets.path, "--out", out.path, "--format", "csv", "--resume"], environment: environment)
        #expect(csv.status == 2)
        #expect(csv.stderr.contains("was written as jsonl, not csv"), "\(csv.stderr)")
        let budget = try await CLIProcess.run(["enrich", targets.path, "--out", out.path, "--max-fetches", "3", "--resume"], environment: environment)
        #expect(budget.status == 2)
        #expect(budget.stderr.contains("was written with other settings"), "\(budget.stderr)")
    }

    @Test func aFailedRequestIsCountedOnceInTheStatistics() async throws {
        let result = try await CLIProcess.run(["release", "999999999", "--stats"], environment: environment)
        #expect(result.status == 3)
        #expect(result.stderr.contains("errors: 1 request failed; not_found 1"), "\(result.stderr)")
    }
}
