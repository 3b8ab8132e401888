import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

/// `URLSessionTransport` against the hostile loopback server, for the answers FoundationNetworking
/// survives (the others abort the process there: that is why Linux defaults to ``CurlTransport``).
/// Each must become the ``TransportError`` kind the retry policy and the statistics rely on.
@Suite struct URLSessionTransportTests {
    static let survivable = HostileAnswer.all.filter(\.urlSessionSurvives)
        // FoundationNetworking reports a stall as its own timeout, after the request's one.
        .filter { $0.expected != .timedOut }

    @Test(arguments: survivable)
    func brokenAnswersBecomeTheRightKind(_ answer: HostileAnswer) async throws {
        let server = try HostileHTTPServer(answer.script)
        defer { server.stop() }
        let transport = URLSessionTransport()
        let error = await #expect(throws: TransportError.self, "\(answer.name)") {
            try await transport.send(HTTPRequest(url: server.url("/releases/1"), timeout: .seconds(10)))
        }
        let accepted: Set<TransportError.Kind> = answer.expected == .truncatedBody
            ? [.truncatedBody, .connectionLost] : [answer.expected]
        #expect(error.map { accepted.contains($0.kind) } == true, "\(answer.name): \(String(describing: error))")
    }

    @Test func aCompleteAnswerArrivesWhole() async throws {
        let server = try HostileHTTPServer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "X-Discogs-Ratelimit: 60\r\nContent-Length: \(HostileAnswer.json.utf8.count)\r\n\r\n\(HostileAnswer.json)")
        defer { server.stop() }
        let response = try await URLSessionTransport().send(HTTPRequest(url: server.url("/releases/1"),
                                                                        timeout: .seconds(10)))
        #expect(response.status == 200)
        #expect(response.headers["x-discogs-ratelimit"] == "60")
        #expect(String(decoding: response.body, as: UTF8.self) == HostileAnswer.json)
    }
}
