import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

@Suite struct MockTransportTests {
    @Test func recordsRequestsAndAnswersFromTheTable() async throws {
        let transport = MockTransport.routes(["/releases/1": #"{"id": 1}"#])
        let hit = try await transport.send(HTTPRequest(url: URL(string: "https://x.test/releases/1")!))
        let miss = try await transport.send(HTTPRequest(url: URL(string: "https://x.test/releases/2")!))
        #expect(hit.status == 200)
        #expect(miss.status == 404)
        #expect(transport.requests.map(\.url.path) == ["/releases/1", "/releases/2"])
    }
}
