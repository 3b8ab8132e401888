import DiscogsKitTesting
import Foundation
import Testing

/// `--token -` reads the token from standard input, so it never shows in `ps`.
@Suite struct CLITokenFromStandardInputTests {
    @Test func anEmptyStandardInputIsAUsageError() async throws {
        let result = try await CLIProcess.run(["release", "1", "--token", "-", "--base-url", "http://127.0.0.1:9"], stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("standard input held no token"), "\(result.stderr)")
    }

    @Test(.enabled(if: CLIProcess.emulatorURL != nil, "needs the emulator: set DISCOGS_BASE_URL (.ci/run does)"))
    func theTokenReadFromStandardInputAuthenticates() async throws {
        let base = CLIProcess.emulatorURL ?? ""
        let without = try await CLIProcess.run(["search", "Feel It", "--base-url", base, "--format", "jsonl", "--per-page", "1"])
        #expect(without.status == 4, "search needs credentials: \(without.stderr)")
        let with = try await CLIProcess.run(["search", "Feel It", "--base-url", base, "--format", "jsonl", "--per-page", "1", "--token", "-"],
                                      stdin: CLIProcess.emulatorToken + "\n")
        #expect(with.status == 0, "\(with.stderr)")
        #expect(!with.stderr.contains(CLIProcess.emulatorToken))
    }
}

/// The curl transport takes its proxy from the usual environment variables.
@Suite struct CLIProxyTests {
    @Test func http_proxyIsUsed() async throws {
        let proxy = try HostileHTTPServer([.echo])
        defer { proxy.stop() }
        let result = try await CLIProcess.run(["release", "1", "--base-url", "http://discogs.invalid", "--max-attempts", "1",
                                         "--no-shared-limit"],
                                        environment: ["http_proxy": "http://127.0.0.1:\(proxy.port)"])
        #expect(proxy.requests == 1, "the request went to the proxy: \(result.stderr)")
        // The proxy's echo is not JSON: the absolute-form request line shows in the error.
        #expect(result.stderr.contains("GET http://discogs.invalid/releases/1 HTTP/1.1"), "\(result.stderr)")
    }
}
