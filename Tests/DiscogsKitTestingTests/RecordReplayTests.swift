import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

@Suite struct RecordReplayTests {
    static let secret = "tok-9f8e7d6c5b4a"

    func client(_ transport: any Transport) throws -> DiscogsClient {
        try DiscogsClient(configuration: .init(baseURL: URL(string: "https://api.test")!, userAgent: "Tests/1.0",
                                               credentials: .token(Self.secret)),
                          transport: transport)
    }

    @Test func recordsScrubbedAndReplaysTheSameAnswers() async throws {
        let origin = MockTransport { request in
            // The origin echoes the token back, as a careless proxy might: it must not be recorded.
            MockTransport.response(status: 200, json: #"{"id": 1, "seen": "\#(Self.secret)"}"#,
                                   headers: ["X-Discogs-Ratelimit": "60", "Set-Cookie": "session=abc"])
        }
        let recorder = RecordingTransport(wrapping: origin, secrets: [Self.secret])
        let live = try await client(recorder).json(.release(1))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cassette-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try recorder.cassette.save(to: url)

        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(!text.contains(Self.secret))
        #expect(text.contains("REDACTED"))
        #expect(!text.contains("session=abc"))

        let replayed = try await client(try ReplayTransport(contentsOf: url)).json(.release(1))
        #expect(replayed["id"] == live["id"])
        #expect(replayed["seen"]?.stringValue == "REDACTED")
    }

    @Test func replayMatchesQueryInAnyOrderAndRefusesUnknownRequests() async throws {
        let cassette = Cassette(interactions: [
            .init(request: .init(method: "GET", url: "https://api.test/database/search?track=b&artist=a&token=REDACTED"),
                  response: .init(status: 200, body: #"{"results": []}"#)),
        ])
        let replay = ReplayTransport(cassette: cassette)
        let hit = try await replay.send(HTTPRequest(url: URL(string: "https://api.test/database/search?artist=a&track=b")!))
        #expect(hit.status == 200)
        await #expect(throws: CassetteError.self) {
            _ = try await replay.send(HTTPRequest(url: URL(string: "https://api.test/releases/2")!))
        }
    }

    @Test func replaysRepeatedRequestsInRecordedOrder() async throws {
        let cassette = Cassette(interactions: [
            .init(request: .init(method: "GET", url: "https://api.test/releases/1"), response: .init(status: 503, body: "{}")),
            .init(request: .init(method: "GET", url: "https://api.test/releases/1"), response: .init(status: 200, body: "{}")),
        ])
        let replay = ReplayTransport(cassette: cassette)
        let request = HTTPRequest(url: URL(string: "https://api.test/releases/1")!)
        let statuses = [try await replay.send(request).status, try await replay.send(request).status,
                        try await replay.send(request).status]
        #expect(statuses == [503, 200, 200])
    }

    @Test func loadingAMissingOrBrokenCassetteNamesTheFile() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/cassette.json")
        #expect { try Cassette.load(from: missing) } throws: { "\($0)".contains("/nonexistent/cassette.json") }
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).json")
        try Data("[1,2".utf8).write(to: broken)
        defer { try? FileManager.default.removeItem(at: broken) }
        #expect { try Cassette.load(from: broken) } throws: { "\($0)".contains("is not a cassette") }
    }
}
