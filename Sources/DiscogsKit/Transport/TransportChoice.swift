import Foundation

/// Which ``Transport`` a ``DiscogsClient`` builds when it is given none.
///
/// ```swift
/// var configuration = DiscogsClient.Configuration(userAgent: "SongNodes/1.0 +https://songnodes.example")
/// configuration.transport = .urlSession          // or try TransportChoice(parsing: "urlsession")
/// ```
public enum TransportChoice: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// ``CurlTransport`` on Linux, falling back to ``URLSessionTransport`` (with a
    /// ``DiscogsEvent/transportFallback(_:)`` event) when libcurl cannot be loaded;
    /// ``URLSessionTransport`` elsewhere.
    case automatic
    /// ``CurlTransport``; building the client fails when libcurl cannot be loaded.
    case curl
    /// ``URLSessionTransport``.
    case urlSession = "urlsession"

    /// Reads `automatic`, `curl` or `urlsession` (any case), as `--transport` and
    /// `DISCOGS_TRANSPORT` take them.
    /// - Throws: ``DiscogsError/invalidRequest(_:)`` naming the accepted words.
    public init(parsing text: String) throws(DiscogsError) {
        guard let choice = TransportChoice(rawValue: text.trimmingWhitespace().lowercased()) else {
            throw .invalidRequest("the transport “\(text)” is not one of automatic, curl, urlsession.")
        }
        self = choice
    }

    /// The word for the choice.
    public var description: String { rawValue }

    /// The transport for this choice; every client that chooses libcurl shares one connection
    /// pool.
    /// - Throws: ``DiscogsError/invalidRequest(_:)`` when ``curl`` was chosen and libcurl cannot
    ///   be loaded.
    func makeTransport(observer: any DiscogsObserver) throws(DiscogsError) -> any Transport {
        switch self {
        case .urlSession:
            return URLSessionTransport()
        case .curl:
            switch Self.sharedCurl {
            case .success(let transport): return transport
            case .failure(let error): throw .invalidRequest("the curl transport cannot be used: \(error.detail).")
            }
        case .automatic:
            #if os(Linux)
            switch Self.sharedCurl {
            case .success(let transport):
                return transport
            case .failure(let error):
                observer.observe(.transportFallback(.init(chosen: "urlsession", reason: error.detail)))
                return URLSessionTransport()
            }
            #else
            return URLSessionTransport()
            #endif
        }
    }

    /// One ``CurlTransport`` per process, built on first use.
    static let sharedCurl: Result<CurlTransport, TransportError> = Result { () throws(TransportError) in
        try CurlTransport()
    }
}
