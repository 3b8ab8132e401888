import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

@Suite struct MiddlewareChainTests {
    struct Tag: Middleware {
        let name: String
        func intercept(_ request: HTTPRequest, next: Next) async throws -> HTTPResponse {
            var request = request
            request.headers["X-Order"] = (request.headers["X-Order"] ?? "") + name
            return try await next(request)
        }
    }

    @Test func middlewaresRunOutermostFirst() async throws {
        let transport = MockTransport.ok
        let chain = MiddlewareChain([Tag(name: "a"), Tag(name: "b")], transport: transport)
        _ = try await chain.send(HTTPRequest(url: URL(string: "https://example.com")!))
        #expect(transport.lastRequest?.headers["x-order"] == "ab")
    }

    @Test(arguments: [
        ("https://api.discogs.com/database/search?q=a&token=abc123", "https://api.discogs.com/database/search?q=a&token=REDACTED"),
        ("https://api.discogs.com/releases/1", "https://api.discogs.com/releases/1"),
    ])
    func redactionMasksQueryCredentials(url: String, expected: String) {
        #expect(Redaction.url(URL(string: url)!) == expected)
    }
}
