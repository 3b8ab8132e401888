import Foundation
import Testing

/// The command line without a network: help, versions and every usage error.
@Suite struct CLIUsageTests {
    @Test(arguments: [["--help"], ["help"], ["help", "release"], ["release", "--help"], ["search", "-h"], ["--version"]])
    func helpAndVersionSucceed(arguments: [String]) async throws {
        let result = try await CLIProcess.run(arguments)
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
    }

    /// Usage errors read as one sentence, without the library's "Invalid request:" prefix.
    @Test func refusedSettingsReadAsSentences() async throws {
        let rate = try await CLIProcess.run(["release", "1", "--rate-limit", "abc"])
        #expect(rate.status == 2)
        #expect(!rate.stderr.contains("Invalid request"), "\(rate.stderr)")
        #expect(rate.stderr.contains("--rate-limit: the rate limit “abc” is not N/SECONDS"), "\(rate.stderr)")
        let fromEnvironment = try await CLIProcess.run(["release", "1"], environment: ["DISCOGS_RATE_LIMIT": "lots"])
        #expect(fromEnvironment.status == 2)
        #expect(fromEnvironment.stderr.contains("DISCOGS_RATE_LIMIT: the rate limit “lots” is not N/SECONDS"),
                "\(fromEnvironment.stderr)")
        let file = try await CLIProcess.run(["release", "1", "--base-url", "http://127.0.0.1:9"],
                                      environment: ["DISCOGS_TOKEN_FILE": "/nonexistent/token"])
        #expect(!file.stderr.contains("Invalid request"), "\(file.stderr)")
        #expect(file.stderr.contains("/nonexistent/token"), "\(file.stderr)")
    }

    /// Empty input says so, and an empty enrich run creates no files.
    @Test func emptyInputsAreNamedAndCreateNothing() async throws {
        let ids = try await CLIProcess.run(["release", "--ids-file", "-"], stdin: "")
        #expect(ids.status == 2)
        #expect(ids.stderr.contains("standard input holds no IDs"), "\(ids.stderr)")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("empty-enrich-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let out = dir.appendingPathComponent("items.jsonl").path
        let enrich = try await CLIProcess.run(["enrich", "-", "--out", out], stdin: "")
        #expect(enrich.status == 2)
        #expect(enrich.stderr.contains("no targets"), "\(enrich.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// Help offers only the formats the command prints, and its error names the same ones.
    @Test(arguments: [("release", "summary, json or jsonl", "--items"), ("master", "summary, json or jsonl", "--versions"),
                      ("artist", "summary, json or jsonl", "--releases"), ("label", "summary, json or jsonl", "--releases"),
                      ("search", "summary, json, jsonl or csv", nil)])
    func helpAndErrorsOfferTheSameFormats(command: String, formats: String, csvWith: String?) async throws {
        let help = try await CLIProcess.run([command, "--help"])
        let formatLine = try #require(help.lines.first { $0.contains("--format") && $0.contains("default:") })
        #expect(formatLine.contains(formats), "\(formatLine)")
        let refused = try await CLIProcess.run([command, "1", "--format", "xml"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--format takes \(formats) here"), "\(refused.stderr)")
        if let csvWith {
            #expect(formatLine.contains("csv works with \(csvWith)"), "\(formatLine)")
            let csv = try await CLIProcess.run([command, "1", "--format", "csv"])
            #expect(csv.status == 2)
            #expect(csv.stderr.contains("csv works with \(csvWith)"), "\(csv.stderr)")
        }
    }

    /// A targets file with a bad byte and broken quoting: each bad row is reported by line, the
    /// readable rows still count (here: enrich gets to the network, which is unreachable).
    @Test func badTargetRowsAreReportedByLineAndTheRestIsRead() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bad-targets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var targets = Data("artist,title\nA,One\nB,T".utf8) + Data([0xFF]) + Data("wo\n".utf8)
        targets += Data("\"Robert Mills,\"Unbalanced quote\nC,\"never closed\nD,Four\n".utf8)
        let run = try await CLIProcess.run(["enrich", "-", "--out", dir.appendingPathComponent("items.jsonl").path,
                                            "--base-url", "http://127.0.0.1:9", "--max-attempts", "1",
                                            "--no-shared-limit"],
                                           input: targets, environment: ["DISCOGS_TOKEN": "t"])
        #expect(run.stderr.contains("-: row 3: not UTF-8 text: byte 0xFF at column 4"), "\(run.stderr)")
        #expect(run.stderr.contains("-: row 4: text after the closing quote"), "\(run.stderr)")
        #expect(run.stderr.contains("-: row 5: a quote opened on line 5 is never closed; it took in lines 5–6"), "\(run.stderr)")
        #expect(!run.stderr.contains("no title"), "\(run.stderr)")
        // Two readable rows reach the (closed) server and end as errors: every row accounted for.
        #expect(run.stderr.contains("targets 5: matched 0, unmatched 0, bad rows 3, errors 2"), "\(run.stderr)")
        #expect(run.status == 1, "\(run.stderr)")
    }

    @Test func topLevelHelpListsEveryCommand() async throws {
        let help = try await CLIProcess.run(["--help"]).stdout
        for command in ["release", "master", "artist", "label", "search", "enrich", "parse"] {
            #expect(help.contains("  \(command) "), "help lacks \(command)")
        }
    }

    @Test(arguments: [
        (["frobnicate"], "unknown command"),
        (["release"], "give at least one release ID"),
        (["release", "abc"], "is not a Discogs ID"),
        (["release", "-5"], "is not a Discogs ID"),
        (["release", "-x"], "unknown option -x"),
        (["release", "1", "--bogus"], "unknown option --bogus"),
        (["release", "1", "--format", "yaml"], "--format takes summary, json or jsonl here, not “yaml”"),
        (["release", "1", "--format", "csv"], "csv works with --items"),
        (["release", "1", "--concurrency", "0"], "--concurrency takes a whole number from 1 to 64"),
        (["release", "1", "--rate-limit", "fast"], "--rate-limit"),
        (["release", "1", "--base-url", "ftp://x"], "not an http(s) URL"),
        (["search"], "give a query or at least one field"),
        (["search", "x", "--type", "artists"], "--type takes one of"),
        (["artist", "1", "2", "--releases"], "exactly one artist ID"),
        (["label", "1", "--releases", "--page", "2", "--all"], "--page and --all"),
        (["enrich", "targets.csv"], "--out FILE is required"),
        (["enrich", "/nonexistent/targets.csv", "--out", "/tmp/x.jsonl"], "cannot read the targets file"),
        (["enrich", "/bin/sh", "--out", "/tmp/x.jsonl"], "is not UTF-8 text"),
        (["enrich", "a", "--out", "b", "--min-confidence", "2"], "--min-confidence takes a number from 0.0 to 1.0"),
        (["enrich", "a", "--out", "b", "--max-fetches", "0"], "--max-fetches takes a whole number from 1 to 10"),
        (["enrich", "a", "--out", "b", "--window", "0"], "--window takes a whole number from 1 to 10000"),
        (["enrich", "a", "--out", "b", "--confirm-artists", "sometimes"], "--confirm-artists takes never, known or always"),
    ])
    func usageErrorsExitTwoWithAClearMessage(arguments: [String], message: String) async throws {
        let result = try await CLIProcess.run(arguments, environment: ["DISCOGS_BASE_URL": "http://127.0.0.1:9"])
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        // One style: the message is a sentence ending with a full stop.
        let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasSuffix(".") || first.hasSuffix("?"), "\(arguments): \(first)")
    }

    @Test func emptyUserAgentIsRefused() async throws {
        let result = try await CLIProcess.run(["release", "1", "--user-agent", " "])
        #expect(result.status == 2)
        #expect(result.stderr.contains("User-Agent is empty"))
    }

    @Test func searchWithoutATokenExitsFourWithoutSending() async throws {
        // Port 9 has no server: the refusal must come before any request.
        let result = try await CLIProcess.run(["search", "--artist", "Amelie Lens"], environment: ["DISCOGS_BASE_URL": "http://127.0.0.1:9"])
        #expect(result.status == 4)
        #expect(result.stderr.contains("needs authentication"))
        #expect(result.stderr.contains("token"))
    }

    @Test func unreadableTokenFileIsNamed() async throws {
        let result = try await CLIProcess.run(["release", "1"], environment: ["DISCOGS_TOKEN_FILE": "/nonexistent/token"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/token"))
    }
}
