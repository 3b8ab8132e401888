import Foundation
import Testing

/// Many IDs at once: the order of what is printed, and progress on a terminal.
@Suite(.enabled(if: CLIProcess.emulatorURL != nil, "needs the emulator: set DISCOGS_BASE_URL (.ci/run does)"))
struct CLIBulkTests {
    var environment: [String: String] {
        ["DISCOGS_BASE_URL": CLIProcess.emulatorURL ?? "", "DISCOGS_TOKEN": CLIProcess.emulatorToken]
    }

    /// Shuffled IDs of the emulator's catalogue, a missing one among them.
    static let ids = [37, 4, 912, 18, 250, 3, 77, 1400, 61, 999_999_999, 9, 530, 2, 1201, 45, 88, 13, 700, 5, 1]

    func printedIDs(_ result: CLIProcess.Result) throws -> [Int] {
        try result.lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(object["id"] as? Int)
        }
    }

    /// Piped, releases print in the order given (the default), a failure reported in its place.
    @Test(arguments: [[], ["--ordered"]])
    func pipedOutputFollowsTheIDs(flags: [String]) async throws {
        let result = try await CLIProcess.run(["release"] + Self.ids.map(String.init) + ["--format", "jsonl", "--concurrency", "8"] + flags,
                                        environment: environment)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(try printedIDs(result) == Self.ids.filter { $0 != 999_999_999 })
        #expect(result.stderr.contains("999999999: "))
    }

    /// `--unordered` prints what arrived, every ID once.
    @Test func unorderedPrintsEveryIDOnce() async throws {
        let result = try await CLIProcess.run(["release"] + Self.ids.map(String.init) + ["--format", "jsonl", "--unordered"],
                                        environment: environment)
        #expect(try printedIDs(result).sorted() == Self.ids.filter { $0 != 999_999_999 }.sorted())
    }

    @Test func orderedAndUnorderedTogetherAreRefused() async throws {
        let result = try await CLIProcess.run(["release", "1", "2", "--ordered", "--unordered"], environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--ordered and --unordered cannot be used together."))
    }

    /// On a terminal, bulk lookups and list walks draw a progress line on stderr (and none in a
    /// pipe): run under `script`, which gives the command a terminal.
    @Test(arguments: [
        (["release", "1", "2", "3", "4", "5", "--format", "jsonl"], "5/5 releases"),
        (["release", "1", "2", "3", "--items", "--format", "jsonl"], "3/3 releases"),
        (["search", "--artist", "Amelie", "--all", "--limit", "7", "--per-page", "3", "--format", "jsonl"], "7/7 items"),
    ])
    func progressOnATerminal(arguments: [String], finalCount: String) async throws {
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let binary = try #require(CLIProcess.executable).path
        let typescript = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: typescript) }
        let run = try await CLIProcess.runProgram("/usr/bin/script",
                                            ["-qec", "'\(binary)' \(quoted) > /dev/null", typescript.path],
                                            environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let screen = String(decoding: try Data(contentsOf: typescript), as: UTF8.self)
        #expect(screen.contains(finalCount), "\(screen)")
        #expect(screen.contains("429s 0"), "\(screen)")
        // The same command in a pipe prints no progress.
        let piped = try await CLIProcess.run(arguments, environment: environment)
        #expect(!piped.stderr.contains(finalCount), "\(piped.stderr)")
    }
}
