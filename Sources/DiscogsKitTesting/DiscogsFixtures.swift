import DiscogsKit
import Foundation

/// Small Discogs documents for tests of code built on DiscogsKit, written for this kit (no real
/// user data): a 2×CD "Various" compilation with per-track artists, headings, a remix credit and
/// a credit range, and a search page that finds it.
///
/// ```swift
/// let transport = DiscogsFixtures.transport()   // answers /releases/900001 and /database/search
/// let client = try DiscogsClient(configuration: .init(userAgent: "Test/1.0", credentials: .token("t")),
///                                transport: transport)
/// let release = try await client.release(DiscogsFixtures.compilationID)
/// ```
public enum DiscogsFixtures {
    /// The compilation's release ID.
    public static let compilationID = 900001

    /// The compilation release document (JSON).
    public static var compilationJSON: Data { load("release-compilation") }

    /// A search page whose only result is the compilation (JSON).
    public static var searchJSON: Data { load("search-feel-it") }

    /// The compilation, decoded.
    /// - Throws: `DecodingError` (never for the shipped document).
    public static func compilation() throws -> Release {
        try JSONDecoder().decode(Release.self, from: compilationJSON)
    }

    /// A transport answering `GET /releases/900001` and `GET /database/search` (any query) from
    /// the fixtures, Discogs' 404 body for other paths, and rate-limit headers on every answer.
    public static func transport() -> MockTransport {
        let release = compilationJSON
        let search = searchJSON
        return MockTransport { request in
            let headers: HTTPHeaders = ["Content-Type": "application/json", "X-Discogs-Ratelimit": "60",
                                        "X-Discogs-Ratelimit-Used": "1", "X-Discogs-Ratelimit-Remaining": "59"]
            switch request.url.path {
            case "/releases/\(compilationID)": return HTTPResponse(status: 200, headers: headers, body: release)
            case "/database/search": return HTTPResponse(status: 200, headers: headers, body: search)
            default:
                return HTTPResponse(status: 404, headers: headers,
                                    body: Data(MockTransport.errorBody("The requested resource was not found.").utf8))
            }
        }
    }

    private static func load(_ name: String) -> Data {
        // The resources ship with the module; a missing one is a packaging error caught by the kit's tests.
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else { return Data() }
        return data
    }
}
