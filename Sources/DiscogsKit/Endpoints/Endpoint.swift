import Foundation

/// One Discogs API call described as data: method, path, query and body.
///
/// Every endpoint DiscogsKit knows is a static factory on this type (see
/// `Endpoint+Database.swift`); ``DiscogsClient`` turns it into an ``HTTPRequest``.
///
/// ```swift
/// let endpoint = Endpoint.release(249504, currency: .eur)
/// endpoint.path  // "/releases/249504"
/// endpoint.query // [curr_abbr=EUR]
/// ```
public struct Endpoint: Sendable, Hashable, CustomStringConvertible {
    /// The HTTP method.
    public var method: HTTPRequest.Method
    /// The path below the base URL, starting with `/`, already percent-encoded per segment.
    public var path: String
    /// The query parameters in order; values are plain text (encoded when the URL is built).
    public var query: [QueryItem]
    /// A JSON body, for writes.
    public var body: Data?
    /// Whether Discogs refuses the call without credentials (search, user resources).
    public var requiresAuthentication: Bool

    /// One query parameter.
    public struct QueryItem: Sendable, Hashable {
        /// The name.
        public var name: String
        /// The value as plain text.
        public var value: String
        /// Creates a parameter.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Creates an endpoint.
    public init(method: HTTPRequest.Method = .get, path: String, query: [QueryItem] = [], body: Data? = nil,
                requiresAuthentication: Bool = false) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.requiresAuthentication = requiresAuthentication
    }

    /// Builds a path from segments, percent-encoding each one (usernames may hold `/`, `?`, spaces).
    public static func path(_ segments: any CustomStringConvertible...) -> String {
        "/" + segments.map { QueryEncoding.encodePathSegment(String(describing: $0)) }.joined(separator: "/")
    }

    /// The URL of this endpoint below `baseURL`.
    public func url(relativeTo baseURL: URL) -> URL {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        var text = base + path
        if !query.isEmpty {
            text += "?" + query.map { "\(QueryEncoding.encode($0.name))=\(QueryEncoding.encode($0.value))" }
                .joined(separator: "&")
        }
        // Every part is percent-encoded above, so this cannot fail for a valid base URL.
        return URL(string: text) ?? baseURL
    }

    /// `METHOD /path?query`.
    public var description: String {
        let q = query.isEmpty ? "" : "?" + query.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        return "\(method) \(path)\(q)"
    }
}

/// Percent-encoding for query values and path segments: everything but RFC 3986 unreserved
/// characters is encoded, so `&`, `+`, `/`, `=`, `#`, spaces and non-ASCII text arrive as written.
public enum QueryEncoding {
    private static let unreserved: CharacterSet = {
        var set = CharacterSet()
        set.insert(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return set
    }()

    /// Encodes a query name or value (a space becomes `%20`, `+` becomes `%2B`).
    public static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    /// Encodes one path segment.
    public static func encodePathSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
