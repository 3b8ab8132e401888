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
    public var neverReachedServer: Bool { kind == .cannotConnect }

    /// A sentence naming the failure.
    public var description: String {
        let what: String
        switch kind {
        case .timedOut: what = "the request timed out"
        case .cannotConnect: what = "could not connect to the server"
        case .connectionLost: what = "the connection was lost before the response was complete"
        case .truncatedBody: what = "the response body was cut short"
        case .invalidRequest: what = "the request could not be sent"
        case .other: what = "the network request failed"
        }
        return detail.isEmpty ? what : "\(what) (\(detail))"
    }
}
