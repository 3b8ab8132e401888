import DiscogsKit
import Foundation
import Synchronization

/// A ``Transport`` that answers from a closure and records every request it was given.
///
/// ```swift
/// let transport = MockTransport.json(#"{"id": 1, "title": "Stockholm"}"#)
/// let client = try DiscogsClient(configuration: .init(userAgent: "Test/1.0"), transport: transport)
/// _ = try await client.json(Endpoint(path: "/releases/1"))
/// transport.requests.first?.url.path // "/releases/1"
/// ```
public final class MockTransport: Transport, Sendable {
    /// Produces the answer to a request (or throws a ``TransportError``).
    public typealias Handler = @Sendable (HTTPRequest) async throws -> HTTPResponse

    private let handler: Handler
    private let recorded = Mutex<[HTTPRequest]>([])

    /// Creates a transport that answers with `handler`.
    public init(_ handler: @escaping Handler) {
        self.handler = handler
    }

    /// Every request sent so far, in order.
    public var requests: [HTTPRequest] { recorded.withLock { $0 } }

    /// The last request sent.
    public var lastRequest: HTTPRequest? { requests.last }

    /// Records `request` and answers it with the handler.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        recorded.withLock { $0.append(request) }
        try Task.checkCancellation()
        return try await handler(request)
    }

    // MARK: - Presets

    /// Answers every request with `status` and the JSON `body`.
    public static func json(_ body: String, status: Int = 200, headers: HTTPHeaders = [:]) -> MockTransport {
        MockTransport { _ in MockTransport.response(status: status, json: body, headers: headers) }
    }

    /// Answers every request with `status` and the bytes of `body`.
    public static func data(_ body: Data, status: Int = 200, headers: HTTPHeaders = [:]) -> MockTransport {
        MockTransport { _ in
            var all = headers
            if all["Content-Type"] == nil { all["Content-Type"] = "application/json" }
            return HTTPResponse(status: status, headers: all, body: body)
        }
    }

    /// Answers 200 with `{}`.
    public static var ok: MockTransport { json("{}") }

    /// Answers 404 with Discogs' message.
    public static func notFound(_ message: String = "Release not found.") -> MockTransport {
        json(errorBody(message), status: 404)
    }

    /// Answers 429 with Discogs' message and rate-limit headers showing the window full.
    public static func rateLimited(limit: Int = 60) -> MockTransport {
        json(errorBody("You are making requests too quickly."), status: 429, headers: [
            "X-Discogs-Ratelimit": "\(limit)", "X-Discogs-Ratelimit-Used": "\(limit)",
            "X-Discogs-Ratelimit-Remaining": "0",
        ])
    }

    /// Answers `status` (default 500) with a server error message.
    public static func serverError(_ status: Int = 500) -> MockTransport {
        json(errorBody("An internal server error occurred."), status: status)
    }

    /// Throws `error` for every request.
    public static func failing(_ error: TransportError) -> MockTransport {
        MockTransport { _ in throw error }
    }

    /// Answers each request with the next item of `answers`, repeating the last one when they run out.
    public static func sequence(_ answers: [Result<HTTPResponse, TransportError>]) -> MockTransport {
        let index = Atomic<Int>(0)
        return MockTransport { _ in
            let i = index.wrappingAdd(1, ordering: .relaxed).oldValue
            guard let answer = answers.isEmpty ? nil : answers[min(i, answers.count - 1)] else {
                return HTTPResponse(status: 500)
            }
            return try answer.get()
        }
    }

    /// Routes requests by URL path to JSON bodies; unknown paths answer 404.
    public static func routes(_ table: [String: String]) -> MockTransport {
        MockTransport { request in
            guard let body = table[request.url.path] else {
                return response(status: 404, json: errorBody("The requested resource was not found."))
            }
            return response(status: 200, json: body)
        }
    }

    /// A JSON response.
    public static func response(status: Int, json: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var all = headers
        if all["Content-Type"] == nil { all["Content-Type"] = "application/json" }
        return HTTPResponse(status: status, headers: all, body: Data(json.utf8))
    }

    /// `{"message": "…"}`.
    public static func errorBody(_ message: String) -> String {
        let escaped = message.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return #"{"message": "\#(escaped)"}"#
    }
}
