import DiscogsKit
import Foundation
import Testing

/// `URLSessionTransport` against a loopback server sending broken answers: each must become the
/// ``TransportError`` kind the retry policy and the statistics rely on (the emulator's `truncate`
/// fault used to show up as `other`).
@Suite struct URLSessionTransportTests {
    static let body = #"{"id": 1, "title": "Castles In The Sky"}"#

    @Test(arguments: [
        ("a Content-Length body cut short",
         "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"id\": 1, \"tit",
         TransportError.Kind.truncatedBody),
        ("a chunked body cut short",
         "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n{\"id\": 1, \"tit",
         .truncatedBody),
        ("no reply at all", "", .connectionLost),
    ])
    func brokenAnswersBecomeTheRightKind(_ name: String, raw: String, expected: TransportError.Kind) async throws {
        let server = try RawResponseServer(raw)
        defer { server.stop() }
        let transport = URLSessionTransport()
        let error = await #expect(throws: TransportError.self, "\(name)") {
            try await transport.send(HTTPRequest(url: server.url("/releases/1"), timeout: .seconds(10)))
        }
        #expect(error?.kind == expected, "\(name): \(String(describing: error))")
    }

    @Test func aCompleteAnswerArrivesWhole() async throws {
        let server = try RawResponseServer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "X-Discogs-Ratelimit: 60\r\nContent-Length: \(Self.body.utf8.count)\r\n\r\n\(Self.body)")
        defer { server.stop() }
        let response = try await URLSessionTransport().send(HTTPRequest(url: server.url("/releases/1"),
                                                                        timeout: .seconds(10)))
        #expect(response.status == 200)
        #expect(response.headers["x-discogs-ratelimit"] == "60")
        #expect(String(decoding: response.body, as: UTF8.self) == Self.body)
    }
}
