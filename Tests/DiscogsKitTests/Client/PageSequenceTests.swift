import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

@Suite struct PageSequenceTests {
    /// Serves `pages` by the `page` query parameter.
    static func transport(_ pages: [Int: (status: Int, body: String)]) -> MockTransport {
        MockTransport { request in
            let number = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?
                .queryItems?.first { $0.name == "page" }?.value.flatMap(Int.init) ?? 1
            guard let answer = pages[number] else {
                return MockTransport.response(status: 404, json: MockTransport.errorBody("Page out of range."))
            }
            return MockTransport.response(status: answer.status, json: answer.body)
        }
    }

    func walk(_ transport: MockTransport, maxPages: Int? = nil, maxItems: Int? = nil) async throws -> [Int] {
        let client = try ClientTestSupport.client(transport)
        let sequence = PageSequence<Thing>(client: client, endpoint: Endpoint(path: "/things"),
                                           maxPages: maxPages, maxItems: maxItems)
        return try await sequence.collect().map(\.id)
    }

    @Test func walksShortPagesByTheServersLinks() async throws {
        let transport = Self.transport([
            1: (200, ClientTestSupport.page(1, of: 3, ids: [1, 2], next: 2)),
            2: (200, ClientTestSupport.page(2, of: 3, ids: [3], next: 3)),
            3: (200, ClientTestSupport.page(3, of: 3, ids: [4, 5])),
        ])
        #expect(try await walk(transport) == [1, 2, 3, 4, 5])
        #expect(transport.requests.count == 3)
        #expect(transport.requests.allSatisfy { $0.url.query?.contains("per_page=100") == true })
    }

    @Test func stopsOnARepeatedPage() async throws {
        let transport = Self.transport([
            1: (200, ClientTestSupport.page(1, of: 9, ids: [1, 2], next: 2)),
            2: (200, ClientTestSupport.page(2, of: 9, ids: [1, 2], next: 3)),
        ])
        #expect(try await walk(transport) == [1, 2])
        #expect(transport.requests.count == 2)
    }

    @Test func stopsWhenNextLinkPointsBackwards() async throws {
        let transport = Self.transport([
            1: (200, ClientTestSupport.page(1, of: 5, ids: [1], next: 1)),
        ])
        #expect(try await walk(transport) == [1])
        #expect(transport.requests.count == 1)
    }

    @Test func treatsA404OnALaterPageAsTheEnd() async throws {
        let transport = Self.transport([1: (200, ClientTestSupport.page(1, of: 4, ids: [7], next: 2))])
        #expect(try await walk(transport) == [7])
    }

    @Test func aFailureOnTheFirstPageIsThrown() async throws {
        let transport = Self.transport([:])
        await #expect(throws: DiscogsError.self) { try await walk(transport) }
    }

    @Test(arguments: [(1, nil, [1, 2]), (nil, 3, [1, 2, 3]), (2, 10, [1, 2, 3, 4]), (nil, 0, [])] as [(Int?, Int?, [Int])])
    func honoursCaps(maxPages: Int?, maxItems: Int?, expected: [Int]) async throws {
        let transport = Self.transport([
            1: (200, ClientTestSupport.page(1, of: 3, ids: [1, 2], next: 2)),
            2: (200, ClientTestSupport.page(2, of: 3, ids: [3, 4], next: 3)),
            3: (200, ClientTestSupport.page(3, of: 3, ids: [5, 6])),
        ])
        #expect(try await walk(transport, maxPages: maxPages, maxItems: maxItems) == expected)
    }

    @Test func stopsAtTheLastPageEvenWithoutLinks() async throws {
        let body = #"{"pagination": {"page": 1, "pages": 1, "per_page": 100, "items": 3, "urls": {}}, "things": [{"id": 1}]}"#
        let transport = Self.transport([1: (200, body)])
        #expect(try await walk(transport) == [1])
        #expect(transport.requests.count == 1)
    }
}
