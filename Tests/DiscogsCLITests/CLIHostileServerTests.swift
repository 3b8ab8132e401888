import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

/// `discogs` against a server that answers badly: it exits 1 with a clear message for every
/// broken answer, never aborts, and falls back to URLSession with a word when libcurl is absent.
@Suite struct CLIHostileServerTests {
    static let noRetries = ["--no-shared-limit", "--rate-limit", "1000/60", "--max-attempts", "1"]

    @Test(arguments: HostileAnswer.all.filter { $0.expected != .timedOut })
    func everyBrokenAnswerEndsInExitOne(_ answer: HostileAnswer) async throws {
        let server = try HostileHTTPServer(answer.script)
        defer { server.stop() }
        let result = try await CLIProcess.run(["release", "249504", "--base-url", server.url("").absoluteString] + Self.noRetries,
                                        timeout: 60)
        #expect(result.status == 1, "\(answer.name): exit \(result.status), stderr: \(result.stderr)")
        #expect(result.stderr.hasPrefix("discogs: "), "\(answer.name): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"), "\(answer.name): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func withoutLibcurlTheCLIFallsBackAndSaysSo() async throws {
        let server = try HostileHTTPServer([.respond(HostileHTTPServer.ok(#"{"id": 249504, "title": "Never Gonna Give You Up"}"#), close: true)])
        defer { server.stop() }
        let result = try await CLIProcess.run(["release", "249504", "--format", "jsonl", "--base-url", server.url("").absoluteString]
                                        + Self.noRetries, environment: ["DISCOGS_LIBCURL": "/nonexistent/libcurl.so.4"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Never Gonna Give You Up"))
        let notices = result.stderr.split(separator: "\n").filter { $0.contains("transport: using urlsession") }
        #expect(notices.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("/nonexistent/libcurl.so.4"))
    }

    @Test func choosingCurlWithoutLibcurlIsAClearError() async throws {
        let result = try await CLIProcess.run(["release", "249504", "--transport", "curl", "--base-url", "http://127.0.0.1:9"],
                                        environment: ["DISCOGS_LIBCURL": "/nonexistent/libcurl.so.4"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("the curl transport cannot be used"), "\(result.stderr)")
    }
}
