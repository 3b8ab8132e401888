import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default ``Transport``: Foundation's `URLSession`.
///
/// ```swift
/// let transport = URLSessionTransport()
/// let custom = URLSessionTransport(configuration: .init(session: URLSession(configuration: .ephemeral)))
/// ```
public struct URLSessionTransport: Transport {
    /// How the transport is set up.
    public struct Configuration: Sendable {
        /// The session that sends requests. Default: an ephemeral session (no cookies, no
        /// on-disk cache) that accepts gzip.
        public var session: URLSession
        /// The timeout used when a request carries none. Default: 30 seconds.
        public var defaultTimeout: Duration

        /// Creates a configuration.
        public init(session: URLSession? = nil, defaultTimeout: Duration = .seconds(30)) {
            self.session = session ?? URLSessionTransport.makeDefaultSession()
            self.defaultTimeout = defaultTimeout
        }
    }

    /// The configuration.
    public let configuration: Configuration

    /// Creates a transport.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    static func makeDefaultSession() -> URLSession {
        let config = URLSessionConfiguration.ephemeral
        config.httpCookieStorage = nil
        config.urlCache = nil
        config.requestCachePolicy = .reloadIgnoringLocalCacheData
        config.httpMaximumConnectionsPerHost = 16
        return URLSession(configuration: config)
    }

    /// Sends `request` with `URLSession`.
    /// - Throws: ``TransportError`` or `CancellationError`.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try Task.checkCancellation()
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.httpBody = request.body
        let timeout = request.timeout ?? configuration.defaultTimeout
        urlRequest.timeoutInterval = timeout.seconds
        for field in request.headers {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
        }
        let box = TaskBox()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, Error>) in
                let task = configuration.session.dataTask(with: urlRequest) { data, response, error in
                    if let error {
                        continuation.resume(throwing: Self.map(error))
                        return
                    }
                    guard let http = response as? HTTPURLResponse else {
                        continuation.resume(throwing: TransportError(.other, detail: "not an HTTP response"))
                        return
                    }
                    var headers = HTTPHeaders()
                    for (key, value) in http.allHeaderFields {
                        headers[String(describing: key)] = String(describing: value)
                    }
                    continuation.resume(returning: HTTPResponse(status: http.statusCode, headers: headers,
                                                                body: data ?? Data()))
                }
                box.set(task)
                task.resume()
            }
        } onCancel: {
            box.cancel()
        }
    }

    static func map(_ error: any Error) -> any Error {
        guard let urlError = error as? URLError else {
            return TransportError(.other, detail: String(describing: type(of: error)))
        }
        switch urlError.code {
        case .cancelled:
            return CancellationError()
        case .timedOut:
            return TransportError(.timedOut)
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
            return TransportError(.cannotConnect, detail: "URLError \(urlError.code.rawValue)")
        case .networkConnectionLost, .badServerResponse, .zeroByteResource:
            return TransportError(.connectionLost, detail: "URLError \(urlError.code.rawValue)")
        case .cannotDecodeRawData, .cannotDecodeContentData, .cannotParseResponse:
            return TransportError(.truncatedBody, detail: "URLError \(urlError.code.rawValue)")
        case .badURL, .unsupportedURL:
            return TransportError(.invalidRequest, detail: "URLError \(urlError.code.rawValue)")
        case .unknown where isPartialTransfer(urlError):
            return TransportError(.truncatedBody, detail: "URLError \(urlError.code.rawValue): the connection closed mid-body")
        default:
            return TransportError(.other, detail: "URLError \(urlError.code.rawValue)")
        }
    }
}

extension URLSessionTransport {
    /// Whether `error` is libcurl's "partial file" failure, which FoundationNetworking reports as
    /// `URLError.unknown` with only curl's message: "transfer closed with 4975 bytes remaining to
    /// read" (a `Content-Length` body cut short) or "transfer closed with outstanding read data
    /// remaining" (a chunked body cut short). Darwin reports these as `networkConnectionLost`.
    static func isPartialTransfer(_ error: URLError) -> Bool {
        let message = (error.userInfo[NSLocalizedDescriptionKey] as? String) ?? ""
        return message.hasPrefix("transfer closed with")
    }
}

/// Holds the data task so a cancellation arriving from another thread can cancel it.
private final class TaskBox: Sendable {
    private let state = Mutex<(task: URLSessionDataTask?, cancelled: Bool)>((nil, false))

    func set(_ task: URLSessionDataTask) {
        let cancelNow = state.withLock { s -> Bool in
            s.task = task
            return s.cancelled
        }
        if cancelNow { task.cancel() }
    }

    func cancel() {
        let task = state.withLock { s -> URLSessionDataTask? in
            s.cancelled = true
            return s.task
        }
        task?.cancel()
    }
}

extension Duration {
    /// The duration in seconds as a `Double`.
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}
