import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

/// `discogs` against a server that answers badly: it exits 1 with a clear message for every
/// broken answer, never aborts, and falls back to URLSession with a word when libcurl is absent.
@Suite struct CLIHostileServerTests {
    static let noRetries = ["--no-shared-limit", "--rate-limit", "1000/60", "--max-attempts", "1"]

    @Test(arguments: HostileAnswer.all.filter { $0.expected != .timedOut })
    func everyBrokenAnswerEndsInExitOne(_ answer: HostileAnswer) throws {
        let server = try HostileHTTPServer(answer.script)
        defer { server.stop() }
        let result = try CLIProcess.run(["release", "249504", "--base-url", server.url("").absoluteString] + Self.noRetries,
                                        timeout: 60)
        #expect(result.status == 1, "\(answer.name): exit \(result.status), stderr: \(result.stderr)")
        #expect(result.stderr.hasPrefix("discogs: "), "\(answer.name): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"), "\(answer.name): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func withoutLibcurlTheCLIFallsBackAndSaysSo() throws {
        let server = try HostileHTTPServer([.respond(HostileHTTPServer.ok(#"{"id": 249504, "title": "Never Gonna Give You Up"}"#), close: true)])
        defer { server.stop() }
        let result = try CLIProcess.run(["release", "249504", "--format", "jsonl", "--base-url", server.url("").absoluteString]
                                        + Self.noRetries, environment: ["DISCOGS_LIBCURL": "/nonexistent/libcurl.so.4"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Never Gonna Give You Up"))
        let notices = result.stderr.split(separator: "\n").filter { $0.contains("transport: using urlsession") }
        #expect(notices.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("/nonexistent/libcurl.so.4"))
    }

    @Test func choosingCurlWithoutLibcurlIsAClearError() throws {
        let result = try CLIProcess.run(["release", "249504", "--transport", "curl", "--base-url", "http://127.0.0.1:9"],
                                        environment: ["DISCOGS_LIBCURL": "/nonexistent/libcurl.so.4"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("the curl transport cannot be used"), "\(result.stderr)")
    }
}

/// `--token -` reads the token from standard input, so it never shows in `ps`.
@Suite struct CLITokenFromStandardInputTests {
    @Test func anEmptyStandardInputIsAUsageError() throws {
        let result = try CLIProcess.run(["release", "1", "--token", "-", "--base-url", "http://127.0.0.1:9"], stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("standard input held no token"), "\(result.stderr)")
    }

    @Test(.enabled(if: CLIProcess.emulatorURL != nil, "needs the emulator: set DISCOGS_BASE_URL (.ci/run does)"))
    func theTokenReadFromStandardInputAuthenticates() throws {
        let base = CLIProcess.emulatorURL ?? ""
        let without = try CLIProcess.run(["search", "Feel It", "--base-url", base, "--format", "jsonl", "--per-page", "1"])
        #expect(without.status == 4, "search needs credentials: \(without.stderr)")
        let with = try CLIProcess.run(["search", "Feel It", "--base-url", base, "--format", "jsonl", "--per-page", "1", "--token", "-"],
                                      stdin: CLIProcess.emulatorToken + "\n")
        #expect(with.status == 0, "\(with.stderr)")
        #expect(!with.stderr.contains(CLIProcess.emulatorToken))
    }
}

/// The curl transport takes its proxy from the usual environment variables.
@Suite struct CLIProxyTests {
    @Test func http_proxyIsUsed() throws {
        let proxy = try HostileHTTPServer([.echo])
        defer { proxy.stop() }
        let result = try CLIProcess.run(["release", "1", "--base-url", "http://discogs.invalid", "--max-attempts", "1",
                                         "--no-shared-limit"],
                                        environment: ["http_proxy": "http://127.0.0.1:\(proxy.port)"])
        #expect(proxy.requests == 1, "the request went to the proxy: \(result.stderr)")
        // The proxy's echo is not JSON: the absolute-form request line shows in the error.
        #expect(result.stderr.contains("GET http://discogs.invalid/releases/1 HTTP/1.1"), "\(result.stderr)")
    }
}
