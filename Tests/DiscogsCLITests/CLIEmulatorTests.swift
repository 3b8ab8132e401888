import Foundation
import Testing

/// The CLI against the Discogs emulator that `.ci/run` starts (skipped without DISCOGS_BASE_URL).
@Suite(.enabled(if: CLIProcess.emulatorURL != nil, "needs the emulator: set DISCOGS_BASE_URL (.ci/run does)"))
struct CLIEmulatorTests {
    var environment: [String: String] {
        ["DISCOGS_BASE_URL": CLIProcess.emulatorURL ?? "", "DISCOGS_TOKEN": CLIProcess.emulatorToken]
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(arguments: [
        (["release", "249504"], "Never Gonna Give You Up"),
        (["master", "1187343"], "Tessellations"),
        (["artist", "23755"], "Miles Davis"),
        (["label", "1"], "Planet E"),
    ])
    func fetchesEachResourceAsJSON(arguments: [String], title: String) async throws {
        let result = try await CLIProcess.run(arguments + ["--format", "json"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        #expect(object["id"] as? Int == Int(arguments[1]))
        #expect(result.stdout.contains(title))
    }

    /// Summary labels are never cut or glued to their values (`Main relea10374955` before).
    @Test(arguments: [(["master", "1187343"], "Main release: "), (["artist", "23755"], "Real name:"),
                      (["label", "1"], "Sublabels:"), (["release", "249504"], "Released:")])
    func summaryLabelsAreWholeAndApart(arguments: [String], label: String) async throws {
        let result = try await CLIProcess.run(arguments + ["--format", "summary"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.lines.first { $0.hasPrefix(label.trimmingCharacters(in: .whitespaces)) }, "\(result.stdout)")
        let afterColon = line[line.index(after: try #require(line.firstIndex(of: ":")))...]
        #expect(afterColon.first == " ", "\(line)")
        #expect(!afterColon.trimmingCharacters(in: .whitespaces).isEmpty)
    }

    @Test(arguments: ["summary", "jsonl"])
    func releaseInOtherFormats(format: String) async throws {
        let result = try await CLIProcess.run(["release", "3151795", "--format", format], environment: environment)
        #expect(result.status == 0)
        if format == "summary" {
            #expect(result.stdout.contains("Tracklist:"))
            #expect(result.stdout.contains("1-01"))
            #expect(result.stdout.contains("HUCD005"))
        } else {
            #expect(result.lines.count == 1)
            #expect(try json(result.lines[0])["tracklist"] != nil)
        }
    }

    @Test(arguments: ["summary", "json", "jsonl", "csv"])
    func listsInEveryFormat(format: String) async throws {
        // 5037 is a synthetic label of the emulator's catalogue, with releases.
        let result = try await CLIProcess.run(["label", "5037", "--releases", "--per-page", "5", "--format", format],
                                        environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        switch format {
        case "json": #expect(try json(result.stdout)["pagination"] != nil)
        case "jsonl": #expect(try result.lines.allSatisfy { try json($0)["id"] != nil })
        case "csv": #expect(result.lines.first?.split(separator: ",").contains("id") == true)
        default: #expect(result.stdout.contains("Page 1 of"))
        }
    }

    /// A CSV list prints its header even with no results, and the same header with some.
    @Test func csvListsAlwaysHaveTheirHeader() async throws {
        let empty = try await CLIProcess.run(["search", "--artist", "No Such Artist Anywhere Qzxv", "--format", "csv"],
                                       environment: environment)
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(empty.lines.count == 1, "\(empty.stdout)")
        let some = try await CLIProcess.run(["search", "--artist", "Amelie", "--per-page", "3", "--format", "csv"],
                                      environment: environment)
        #expect(some.lines.count > 1)
        #expect(some.lines.first == empty.lines.first)
        #expect(empty.lines.first?.split(separator: ",").contains("catno") == true)
    }

    @Test(arguments: ["summary", "json", "jsonl", "csv"])
    func searchesInEveryFormat(format: String) async throws {
        let result = try await CLIProcess.run(["search", "--artist", "Amelie", "--type", "release", "--per-page", "3",
                                         "--format", format], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
    }

    @Test func walksEveryPageWithALimit() async throws {
        let result = try await CLIProcess.run(["search", "--artist", "Amelie", "--all", "--limit", "7", "--per-page", "3",
                                         "--format", "jsonl"], environment: environment)
        #expect(result.status == 0)
        #expect(result.lines.count == 7)
    }

    @Test func masterVersionsAndArtistReleases() async throws {
        let versions = try await CLIProcess.run(["master", "1187343", "--versions", "--format", "jsonl"], environment: environment)
        #expect(versions.status == 0, "\(versions.stderr)")
        let releases = try await CLIProcess.run(["artist", "1000", "--releases", "--sort", "year", "--format", "csv"],
                                          environment: environment)
        #expect(releases.status != 2, "\(releases.stderr)")
    }

    @Test func missingIDExitsThreeSayingNotFound() async throws {
        let result = try await CLIProcess.run(["release", "999999999"], environment: environment)
        #expect(result.status == 3)
        #expect(result.stderr.contains("not found"))
    }

    @Test func searchWithoutTokenExitsFour() async throws {
        let result = try await CLIProcess.run(["search", "x"], environment: ["DISCOGS_BASE_URL": CLIProcess.emulatorURL ?? ""])
        #expect(result.status == 4)
        #expect(result.stderr.contains("token"))
    }

    @Test func wrongTokenExitsFour() async throws {
        let result = try await CLIProcess.run(["release", "1", "--token", "not-the-token"],
                                        environment: ["DISCOGS_BASE_URL": CLIProcess.emulatorURL ?? ""])
        #expect(result.status == 4)
        #expect(!result.stderr.contains("not-the-token"))
    }

    @Test func verboseNeverShowsTheToken() async throws {
        let result = try await CLIProcess.run(["search", "--artist", "Amelie", "--per-page", "2", "--verbose", "--stats",
                                         "--format", "jsonl"], environment: environment)
        #expect(result.status == 0)
        #expect(result.stderr.contains("GET "))
        #expect(result.stderr.contains("→ 200"))
        #expect(!result.stderr.contains(CLIProcess.emulatorToken))
        #expect(!result.stdout.contains(CLIProcess.emulatorToken))
    }

    @Test func statsEndWithACompleteLine() async throws {
        let result = try await CLIProcess.run(["release", "1", "2", "--stats", "--format", "jsonl"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("rate limited (429)"))
        // The summary's last line ends like every other, so what is printed next starts on its own line.
        #expect(result.stderr.hasSuffix("errors: none\n"))
    }

    @Test func bulkLookupReportsEachFailureAndGoesOn() async throws {
        let ids = "1\n\n# a comment\n249504\nnot-an-id\n999999999\n"
        let result = try await CLIProcess.run(["release", "--ids-file", "-", "--format", "jsonl", "--concurrency", "3"],
                                        stdin: ids, environment: environment)
        #expect(result.status != 0)
        #expect(Set(try result.lines.map { try json($0)["id"] as? Int }) == [1, 249504])
        #expect(result.stderr.contains("stdin:5"))
        #expect(result.stderr.contains("999999999: "))
    }

    @Test(arguments: ["jsonl", "json", "csv", "sql"])
    func extractsItemsInEveryFormat(format: String) async throws {
        let result = try await CLIProcess.run(["release", "3151795", "--items", "--format", format], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        switch format {
        case "jsonl": #expect(result.lines.filter { $0.contains(#""item_type":"track""#) }.count == 105)
        case "json": #expect((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any])?.isEmpty == false)
        case "csv": #expect(result.lines.count > 100)
        default: #expect(result.stdout.contains("ON CONFLICT") && result.stdout.contains("COMMIT;"))
        }
    }
}
