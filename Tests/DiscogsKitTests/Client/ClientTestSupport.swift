import DiscogsKit
import DiscogsKitTesting
import Foundation

/// A tiny page item for pagination tests.
struct Thing: PageItem, Equatable {
    static let pageKey = "things"
    let id: Int
}

enum ClientTestSupport {
    static func client(_ transport: any Transport, credentials: Credentials = .token("s3cr3t-token"),
                       observer: any DiscogsObserver = NoOpObserver()) throws -> DiscogsClient {
        var configuration = DiscogsClient.Configuration(baseURL: URL(string: "https://api.test")!,
                                                        userAgent: "DiscogsKitTests/1.0 +https://example.test",
                                                        credentials: credentials, observer: observer)
        // These tests check one exchange each; retries and their real-time backoff have their own suite.
        configuration.retryPolicy = .none
        return try DiscogsClient(configuration: configuration, transport: transport)
    }

    /// A page body of `things` with the given pagination numbers and a next link when asked.
    static func page(_ number: Int, of pages: Int, ids: [Int], next: Int? = nil) -> String {
        let nextLink = next.map { #""next": "https://api.test/things?page=\#($0)&per_page=100""# } ?? ""
        let items = ids.map { #"{"id": \#($0)}"# }.joined(separator: ",")
        return #"{"pagination": {"page": \#(number), "pages": \#(pages), "per_page": 100, "items": 999, "urls": {\#(nextLink)}}, "things": [\#(items)]}"#
    }
}
