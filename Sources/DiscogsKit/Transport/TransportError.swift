/// Why a request got no complete response.
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The request took longer than its timeout.
        case timedOut = "timed_out"
        /// The connection could not be made: the request never reached the server.
        case cannotConnect = "cannot_connect"
        /// The connection broke before a complete response arrived.
        case connectionLost = "connection_lost"
        /// The body ended before the announced length.
        case truncatedBody = "truncated_body"
        /// The URL or request could not be sent at all.
        case invalidRequest = "invalid_request"
        /// The server answered with something that is not a well-formed HTTP response: garbage
        /// where the status line should be, a bad status code, a broken chunked or gzip body.
        case malformedResponse = "malformed_response"
        /// The response's body or headers passed the transport's size limit.
        case responseTooLarge = "response_too_large"
        /// The server's TLS certificate could not be verified (or TLS could not be set up): the
        /// request was not sent.
        case insecureConnection = "insecure_connection"
        /// Any other failure of the network layer.
        case other
    }

    /// The kind of failure.
    public var kind: Kind
    /// Details from the network layer, free of credentials.
    public var detail: String

    /// Creates a transport error.
    public init(_ kind: Kind, detail: String = "") {
        self.kind = kind
        self.detail = detail
    }

    /// Whether the request certainly never reached the server, so even a POST may be sent again.
    public var neverReachedServer: Bool { kind == .cannotConnect || kind == .insecureConnection }

    /// A sentence naming the failure.
    public var description: String {
        let what: String
        switch kind {
        case .timedOut: what = "the request timed out"
        case .cannotConnect: what = "could not connect to the server"
        case .connectionLost: what = "the connection was lost before the response was complete"
        case .truncatedBody: what = "the response body was cut short"
        case .invalidRequest: what = "the request could not be sent"
        case .malformedResponse: what = "the server's answer is not a well-formed HTTP response"
        case .responseTooLarge: what = "the response is larger than the transport accepts"
        case .insecureConnection: what = "the server's TLS certificate could not be verified"
        case .other: what = "the network request failed"
        }
        return detail.isEmpty ? what : "\(what) (\(detail))"
    }
}
