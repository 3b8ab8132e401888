import CDiscogsCurl
import Foundation

/// A ``Transport`` over libcurl, loaded at run time: the default on Linux.
///
/// ### Why a transport of its own
/// FoundationNetworking stops the whole process (a fatal error) when a connection closes in the
/// middle of the response headers, and libcurl inside it sends a GET a second time by itself
/// when a reused connection turns out closed, which spends rate budget the limiter never saw.
/// `CurlTransport` drives libcurl directly: every broken answer becomes a ``TransportError``,
/// and libcurl's own re-sends are refused, so each attempt the server counts is one the client's
/// ``RetryPolicy`` and ``RateLimiter`` decided.
///
/// ### Use
/// ```swift
/// let transport = try CurlTransport()
/// let client = try DiscogsClient(configuration: configuration, transport: transport)
/// ```
/// ``DiscogsClient`` picks it by itself on Linux (see ``TransportChoice``); build one yourself to
/// change its ``Configuration``.
///
/// ### What it does
/// - Keeps connections alive and reuses them, at most ``Configuration/maxConnectionsPerHost``
///   per host, from one pool shared by every copy of the transport.
/// - Applies a connect timeout, the request's total timeout and a low-speed cut-off.
/// - Verifies TLS certificates, decodes gzip, deflate and the other encodings libcurl knows,
///   uses the proxy named by `https_proxy`, `http_proxy`, `all_proxy` and `no_proxy`, and
///   follows no redirects (a 3xx is returned as it is).
/// - Caps the decoded body at ``Configuration/maxResponseBytes`` and the header block at
///   ``Configuration/maxHeaderBytes``.
/// - Aborts the transfer at once when the task is cancelled.
public struct CurlTransport: Transport {
    /// How the transport is set up.
    public struct Configuration: Sendable, Hashable {
        /// The total time a request may take when it carries no timeout. Default: 30 seconds.
        public var defaultTimeout: Duration = .seconds(30)
        /// How long making a connection (TCP and TLS) may take. Default: 10 seconds.
        public var connectTimeout: Duration = .seconds(10)
        /// A transfer slower than ``lowSpeedBytesPerSecond`` for this long fails as timed out.
        /// Default: 20 seconds.
        public var lowSpeedTime: Duration = .seconds(20)
        /// See ``lowSpeedTime``. Default: 1 byte per second (a stalled connection).
        public var lowSpeedBytesPerSecond: Int = 1
        /// The most body bytes (after decoding) one response may have. Default: 64 MiB.
        public var maxResponseBytes: Int = 64 << 20
        /// The most header bytes one response may have. Default: 256 KiB.
        public var maxHeaderBytes: Int = 256 << 10
        /// The most open connections to one host. Default: 8.
        public var maxConnectionsPerHost: Int = 8
        /// The most open connections in all, idle ones included. Default: 32.
        public var maxConnections: Int = 32
        /// Whether idle connections are kept and reused. Default: `true`. (Reuse is turned off
        /// by itself on a libcurl older than 7.80, which cannot be stopped from re-sending.)
        public var reusesConnections: Bool = true

        /// Creates a configuration with the defaults above.
        public init() {}
    }

    /// The configuration.
    public let configuration: Configuration
    private let loop: CurlMultiLoop

    /// The libcurl version in use, e.g. `libcurl/7.88.1 OpenSSL/3.0.19 zlib/1.2.13`.
    public static var libraryVersion: String? {
        (try? CurlLibrary.load()).map { _ in String(cString: dk_curl_version()) }
    }

    /// Creates a transport with its own connection pool.
    /// - Throws: ``TransportError`` of kind ``TransportError/Kind/other`` when libcurl cannot be
    ///   loaded (its detail says why); ``TransportChoice/automatic`` then uses
    ///   ``URLSessionTransport``.
    public init(configuration: Configuration = Configuration()) throws(TransportError) {
        try CurlLibrary.load()
        guard configuration.maxConnectionsPerHost > 0, configuration.maxConnections >= configuration.maxConnectionsPerHost,
              configuration.maxResponseBytes > 0, configuration.maxHeaderBytes > 0 else {
            throw TransportError(.invalidRequest, detail: "CurlTransport.Configuration needs positive limits "
                + "and maxConnections >= maxConnectionsPerHost")
        }
        self.configuration = configuration
        self.loop = try CurlMultiLoop(maxConnectionsPerHost: configuration.maxConnectionsPerHost,
                                      maxConnections: configuration.maxConnections)
    }

    /// The connections this transport's pool has opened so far (reused ones count once).
    public var connectionsOpened: Int { loop.connectionsOpened }

    /// Sends `request` with libcurl.
    /// - Throws: ``TransportError`` when no complete, well-formed response arrived, or
    ///   `CancellationError` when the task was cancelled.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try Task.checkCancellation()
        let transfer = try CurlRequestBuilder.transfer(for: request, configuration: configuration)
        return try await loop.perform(transfer, maxResponseBytes: configuration.maxResponseBytes,
                                      maxHeaderBytes: configuration.maxHeaderBytes)
    }
}

/// Loads libcurl once per process.
enum CurlLibrary {
    static func load() throws(TransportError) {
        var reason = [CChar](repeating: 0, count: 512)
        guard dk_curl_load(&reason, reason.count) == 0 else {
            let text = reason.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw TransportError(.other, detail: "libcurl is not available: \(text)")
        }
    }
}
