import DiscogsKit
import Foundation
import Synchronization

/// Wraps a transport and records every exchange into a ``Cassette``, secrets scrubbed, so tests
/// can replay real answers later without a network or a token.
///
/// ```swift
/// let recorder = RecordingTransport(wrapping: URLSessionTransport(), secrets: [token])
/// let client = try DiscogsClient(configuration: configuration, transport: recorder)
/// _ = try await client.release(249504)
/// try recorder.cassette.save(to: URL(fileURLWithPath: "release-249504.json"))
/// ```
public final class RecordingTransport: Transport, Sendable {
    private let base: any Transport
    private let scrubber: SecretScrubber
    private let recorded = Mutex<[Cassette.Interaction]>([])

    /// Creates a recorder around `base`; `secrets` are removed wherever they appear.
    public init(wrapping base: any Transport, secrets: [String] = []) {
        self.base = base
        self.scrubber = SecretScrubber(secrets: secrets)
    }

    /// What was recorded so far.
    public var cassette: Cassette { Cassette(interactions: recorded.withLock { $0 }) }

    /// Sends through the wrapped transport and records the exchange. Transport errors are passed
    /// on and not recorded.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = try await base.send(request)
        let interaction = Cassette.Interaction(
            request: .init(method: request.method.rawValue, url: scrubber.scrub(url: request.url),
                           headers: scrubber.scrub(headers: request.headers),
                           body: request.body.map { scrubber.scrub(String(decoding: $0, as: UTF8.self)) }),
            response: .init(status: response.status, headers: scrubber.scrub(headers: response.headers),
                            body: scrubber.scrub(String(decoding: response.body, as: UTF8.self))))
        recorded.withLock { $0.append(interaction) }
        return response
    }
}
