import DiscogsKit
import Foundation

/// Recorded request/response pairs, stored as JSON, with secrets scrubbed.
///
/// ```swift
/// let cassette = try Cassette.load(from: url)
/// let transport = ReplayTransport(cassette: cassette)
/// ```
public struct Cassette: Sendable, Hashable, Codable {
    /// One recorded exchange.
    public struct Interaction: Sendable, Hashable, Codable {
        /// The request as sent (scrubbed).
        public var request: RecordedRequest
        /// The response as received (scrubbed).
        public var response: RecordedResponse

        /// Creates an interaction.
        public init(request: RecordedRequest, response: RecordedResponse) {
            self.request = request
            self.response = response
        }
    }

    /// A recorded request.
    public struct RecordedRequest: Sendable, Hashable, Codable {
        /// The method.
        public var method: String
        /// The URL, credentials removed.
        public var url: String
        /// The header fields, credentials removed.
        public var headers: [String: String]
        /// The body as UTF-8 text, if any.
        public var body: String?

        /// Creates a recorded request.
        public init(method: String, url: String, headers: [String: String] = [:], body: String? = nil) {
            self.method = method
            self.url = url
            self.headers = headers
            self.body = body
        }
    }

    /// A recorded response.
    public struct RecordedResponse: Sendable, Hashable, Codable {
        /// The status.
        public var status: Int
        /// The header fields.
        public var headers: [String: String]
        /// The body as UTF-8 text (JSON for Discogs).
        public var body: String

        /// Creates a recorded response.
        public init(status: Int, headers: [String: String] = [:], body: String) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        /// The response as an ``HTTPResponse``.
        public var httpResponse: HTTPResponse {
            HTTPResponse(status: status, headers: HTTPHeaders(headers.sorted { $0.key < $1.key }
                .map { HTTPHeaders.Field(name: $0.key, value: $0.value) }), body: Data(body.utf8))
        }
    }

    /// The exchanges in the order they happened.
    public var interactions: [Interaction]

    /// Creates a cassette.
    public init(interactions: [Interaction] = []) {
        self.interactions = interactions
    }

    /// Reads a cassette file.
    /// - Throws: an error naming the file when it is missing or not a cassette.
    public static func load(from url: URL) throws -> Cassette {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CassetteError("cannot read the cassette \(url.path): \(error.localizedDescription)")
        }
        do {
            return try JSONDecoder().decode(Cassette.self, from: data)
        } catch {
            throw CassetteError("\(url.path) is not a cassette: \(DecodingErrorText.describe(error))")
        }
    }

    /// Writes the cassette as pretty-printed JSON (atomically).
    public func save(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: url, options: .atomic)
    }
}

/// A cassette that cannot be read or has no answer for a request.
public struct CassetteError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public let description: String
    /// Creates the error.
    public init(_ description: String) { self.description = description }
}
