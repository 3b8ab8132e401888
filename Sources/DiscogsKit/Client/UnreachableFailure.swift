/// Why a request was not sent: the server has not answered any of the last attempts, so the
/// client stopped trying for a while (see ``ServerReachability``).
public struct UnreachableFailure: Sendable, Hashable, CustomStringConvertible {
    /// `METHOD URL` with credentials removed.
    public var request: String
    /// The attempts in a row that got no answer.
    public var consecutiveFailures: Int
    /// The last of those failures.
    public var lastError: TransportError
    /// When the client lets one attempt through again to see whether the server is back.
    public var retryAfter: Duration

    /// Creates the failure.
    public init(request: String, consecutiveFailures: Int, lastError: TransportError, retryAfter: Duration) {
        self.request = request
        self.consecutiveFailures = consecutiveFailures
        self.lastError = lastError
        self.retryAfter = retryAfter
    }

    /// A sentence naming the request, the failures and what to do.
    public var description: String {
        "The server did not answer the last \(consecutiveFailures) attempts (the last: \(lastError)), so "
            + "\(request) was not sent. Check the connection and the base URL; "
            + "the next attempt goes through in \(Int(retryAfter.seconds.rounded(.up))) s."
    }
}
