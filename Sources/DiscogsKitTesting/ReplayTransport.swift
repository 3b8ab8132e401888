import DiscogsKit
import Foundation
import Synchronization

/// Answers requests from a ``Cassette`` without a network.
///
/// A request matches an interaction with the same method, path and query parameters (in any
/// order; credential parameters ignored). Each interaction answers once, in recorded order, and
/// the last match for a request repeats when they are used up, so a test may ask twice.
///
/// ```swift
/// let transport = try ReplayTransport(contentsOf: URL(fileURLWithPath: "release-249504.json"))
/// let client = try DiscogsClient(configuration: .init(userAgent: "Test/1.0"), transport: transport)
/// let release = try await client.release(249504)
/// ```
public final class ReplayTransport: Transport, Sendable {
    private let interactions: [Cassette.Interaction]
    private let used = Mutex<Set<Int>>([])

    /// Creates a replayer for `cassette`.
    public init(cassette: Cassette) {
        self.interactions = cassette.interactions
    }

    /// Creates a replayer for the cassette file at `url`.
    /// - Throws: ``CassetteError`` when the file cannot be read.
    public convenience init(contentsOf url: URL) throws {
        self.init(cassette: try Cassette.load(from: url))
    }

    /// Answers `request` from the cassette.
    /// - Throws: ``CassetteError`` naming the request when no interaction matches.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let key = Self.key(method: request.method.rawValue, url: Redaction.url(request.url))
        let candidates = interactions.indices.filter {
            Self.key(method: interactions[$0].request.method, url: interactions[$0].request.url) == key
        }
        guard let last = candidates.last else {
            throw CassetteError("the cassette has no answer for \(request.redactedLine)")
        }
        let index = used.withLock { used -> Int in
            let pick = candidates.first { !used.contains($0) } ?? last
            used.insert(pick)
            return pick
        }
        return interactions[index].response.httpResponse
    }

    /// Method, path and sorted non-credential query: what two requests must share to match.
    static func key(method: String, url: String) -> String {
        guard let components = URLComponents(string: url) else { return "\(method) \(url)" }
        let query = (components.queryItems ?? [])
            .filter { !Redaction.secretQueryNames.contains($0.name.lowercased()) }
            .map { "\($0.name)=\($0.value ?? "")" }
            .sorted()
            .joined(separator: "&")
        return "\(method.uppercased()) \(components.path)?\(query)"
    }
}
