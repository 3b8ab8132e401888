import Foundation

/// An HTTP request as a value: what a ``Transport`` sends and what middlewares see and change.
///
/// ```swift
/// let request = HTTPRequest(method: .get, url: URL(string: "https://api.discogs.com/releases/1")!)
/// ```
public struct HTTPRequest: Sendable, Hashable {
    /// An HTTP method.
    public struct Method: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The method's name, e.g. `GET`.
        public var rawValue: String
        /// Creates a method from its name.
        public init(rawValue: String) { self.rawValue = rawValue.uppercased() }
        /// `GET`.
        public static let get = Method(rawValue: "GET")
        /// `POST`.
        public static let post = Method(rawValue: "POST")
        /// `PUT`.
        public static let put = Method(rawValue: "PUT")
        /// `DELETE`.
        public static let delete = Method(rawValue: "DELETE")
        /// `HEAD`.
        public static let head = Method(rawValue: "HEAD")

        /// `OPTIONS`.
        public static let options = Method(rawValue: "OPTIONS")

        /// Whether repeating the request has the same effect as sending it once (GET, HEAD, PUT,
        /// DELETE, OPTIONS): only such requests are retried after a server error or a broken
        /// connection. POST, PATCH and any other method are not.
        public var isIdempotent: Bool { Self.idempotent.contains(self) }

        private static let idempotent: Set<Method> = [.get, .head, .put, .delete, .options]

        /// The method's name.
        public var description: String { rawValue }
    }

    /// The method.
    public var method: Method
    /// The absolute URL, query included.
    public var url: URL
    /// The header fields.
    public var headers: HTTPHeaders
    /// The body, if any.
    public var body: Data?
    /// How long the transport may take for this request, or `nil` for the transport's default.
    public var timeout: Duration?
    /// The rate limiter's queue this request waits in. Default: ``RequestLane/interactive``.
    public var lane: RequestLane = .interactive

    /// Creates a request.
    public init(method: Method = .get, url: URL, headers: HTTPHeaders = [:], body: Data? = nil,
                timeout: Duration? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// `METHOD URL` with any credential in the query string masked, for logs and errors.
    public var redactedLine: String { "\(method) \(Redaction.url(url))" }
}
