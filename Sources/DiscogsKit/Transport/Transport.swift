/// Sends one HTTP request and returns the whole response: the seam between DiscogsKit and the
/// network.
///
/// ### Use
/// ``URLSessionTransport`` is the default. Tests pass a `MockTransport` or `ReplayTransport` from
/// `DiscogsKitTesting`.
///
/// ### Implement a custom transport
/// Return every HTTP status as an ``HTTPResponse`` (a 404 is a response, not an error). Throw a
/// ``TransportError`` only when no complete response arrived: it tells the retry policy whether
/// the request may have reached the server.
///
/// ```swift
/// struct LoggingTransport: Transport {
///     let base: any Transport
///     func send(_ request: HTTPRequest) async throws -> HTTPResponse {
///         try await base.send(request)
///     }
/// }
/// ```
public protocol Transport: Sendable {
    /// Sends `request` and returns its response.
    /// - Throws: ``TransportError`` when no complete response was received, or
    ///   `CancellationError` when the task was cancelled.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
