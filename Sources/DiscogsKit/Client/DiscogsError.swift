import Foundation

/// Everything that can go wrong when talking to Discogs, with the server's own message.
///
/// Every case reads as a sentence through `description`, names the request (with credentials
/// removed) and, for HTTP failures, carries the status and Discogs' `{"message": …}`.
///
/// ```swift
/// do {
///     let release = try await client.release(999_999_999)
/// } catch DiscogsError.notFound(let failure) {
///     print(failure.message ?? "not found") // "Release not found."
/// }
/// ```
public enum DiscogsError: Error, Sendable, CustomStringConvertible, LocalizedError {
    /// The request was refused before it was sent: an empty User-Agent, `per_page` over 100, a
    /// search without credentials, and the like.
    case invalidRequest(String)
    /// The endpoint needs credentials and none are configured; nothing was sent. The value names
    /// the endpoint.
    case authenticationRequired(String)
    /// 401: credentials are missing or were not accepted.
    case unauthorized(HTTPFailure)
    /// 403: the credentials may not see this resource (or a proxy refused the request).
    case forbidden(HTTPFailure)
    /// 404: no such resource.
    case notFound(HTTPFailure)
    /// 429: still over the rate limit after every retry.
    case rateLimited(HTTPFailure)
    /// 5xx: the server failed, after every retry.
    case serverError(HTTPFailure)
    /// Any other unsuccessful status (400, 405, 409, 422, …).
    case httpStatus(HTTPFailure)
    /// The response arrived but could not be decoded into the expected type.
    case decoding(DecodingFailure)
    /// No complete response arrived (timeout, refused or dropped connection, cut body).
    case transport(TransportFailure)
    /// Not sent: the server answered none of the last attempts (see
    /// ``DiscogsClient/Configuration/unreachableAfter``).
    case serverUnreachable(UnreachableFailure)

    /// The HTTP status, for HTTP failures.
    public var status: Int? { httpFailure?.status }

    /// The server's `message`, for HTTP failures that carried one.
    public var serverMessage: String? { httpFailure?.message }

    /// The failure details of the HTTP cases.
    public var httpFailure: HTTPFailure? {
        switch self {
        case .unauthorized(let f), .forbidden(let f), .notFound(let f), .rateLimited(let f),
             .serverError(let f), .httpStatus(let f):
            return f
        default:
            return nil
        }
    }

    /// Whether a client reports this error itself, as ``DiscogsEvent/requestGaveUp(_:)``, when one
    /// of its requests ends in it: every case but ``invalidRequest(_:)``, which is thrown before
    /// any request is made.
    public var endsARequest: Bool {
        if case .invalidRequest = self { return false }
        return true
    }

    /// A short machine-friendly name of the case, used as a metrics label.
    public var kind: String {
        switch self {
        case .invalidRequest: return "invalid_request"
        case .authenticationRequired: return "authentication_required"
        case .unauthorized: return "unauthorized"
        case .forbidden: return "forbidden"
        case .notFound: return "not_found"
        case .rateLimited: return "rate_limited"
        case .serverError: return "server_error"
        case .httpStatus: return "http_status"
        case .decoding: return "decoding"
        case .transport: return "transport"
        case .serverUnreachable: return "server_unreachable"
        }
    }

    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case .invalidRequest(let reason):
            return "Invalid request: \(reason)"
        case .authenticationRequired(let endpoint):
            return "\(endpoint) needs authentication: Discogs answers it only with credentials. "
                + "Pass a personal access token (create one at https://www.discogs.com/settings/developers)."
        case .unauthorized(let f) where f.credentialsSent == true:
            return "\(f.summary). Discogs refused the credentials given: check that the token (or key and secret) "
                + "is current at https://www.discogs.com/settings/developers."
        case .unauthorized(let f):
            return "\(f.summary). Discogs needs valid credentials for this: pass a personal access token "
                + "(create one at https://www.discogs.com/settings/developers)."
        case .forbidden(let f):
            return "\(f.summary). The credentials in use may not access this resource."
        case .notFound(let f):
            return "\(f.summary). Check the ID."
        case .rateLimited(let f):
            return "\(f.summary). The rate limit was still exceeded after \(f.attempts) attempt(s); "
                + "wait a minute or lower the request rate."
        case .serverError(let f):
            return "\(f.summary). Discogs failed after \(f.attempts) attempt(s); try again later."
        case .httpStatus(let f):
            return "\(f.summary)."
        case .decoding(let d):
            return d.description
        case .transport(let t):
            return t.description
        case .serverUnreachable(let u):
            return u.description
        }
    }

    /// The same as ``description``.
    public var errorDescription: String? { description }

    /// Maps an unsuccessful response to its case.
    /// - Parameter credentials: what the request was sent with, when known: its secrets are
    ///   scrubbed from the body's snippet (a server may echo the request), and a 401 then says
    ///   whether credentials were refused or missing.
    public static func from(_ response: HTTPResponse, request: HTTPRequest, attempts: Int = 1,
                            credentials: Credentials? = nil) -> DiscogsError {
        var failure = HTTPFailure(response: response, request: request, attempts: attempts)
        if let credentials {
            failure.bodySnippet = failure.bodySnippet.map { Redaction.scrub($0, secrets: credentials.secrets) }
            failure.message = failure.message.map { Redaction.scrub($0, secrets: credentials.secrets) }
            failure.credentialsSent = credentials.isAuthenticated
        }
        switch response.status {
        case 401: return .unauthorized(failure)
        case 403: return .forbidden(failure)
        case 404: return .notFound(failure)
        case 429: return .rateLimited(failure)
        case 500...599: return .serverError(failure)
        default: return .httpStatus(failure)
        }
    }
}

/// An unsuccessful HTTP answer: status, the server's message and the request that got it.
public struct HTTPFailure: Sendable, Hashable, CustomStringConvertible {
    /// The HTTP status.
    public var status: Int
    /// Discogs' `{"message": …}`, when the body had one.
    public var message: String?
    /// A short piece of the body when it carried no JSON message (an HTML page from a proxy, a
    /// plain-text OAuth error).
    public var bodySnippet: String?
    /// `METHOD URL` with credentials removed.
    public var request: String
    /// How many times the request was sent.
    public var attempts: Int
    /// The `Retry-After` header, when the server sent one.
    public var retryAfter: String?
    /// Whether the request carried credentials (set by the client; `nil` when unknown), so a
    /// 401 can say "refused" rather than "needed".
    public var credentialsSent: Bool?

    /// Creates a failure.
    public init(status: Int, message: String?, bodySnippet: String? = nil, request: String,
                attempts: Int = 1, retryAfter: String? = nil) {
        self.status = status
        self.message = message
        self.bodySnippet = bodySnippet
        self.request = request
        self.attempts = attempts
        self.retryAfter = retryAfter
    }

    /// Reads the failure out of a response.
    public init(response: HTTPResponse, request: HTTPRequest, attempts: Int = 1) {
        let message = ServerMessage.decode(response.body)
        self.init(status: response.status, message: message,
                  bodySnippet: message == nil && !response.body.isEmpty ? response.bodySnippet(limit: 160) : nil,
                  request: request.redactedLine, attempts: attempts,
                  retryAfter: response.headers["Retry-After"])
    }

    /// "Discogs answered 404 Not Found for GET …: “Release not found.”"
    public var summary: String {
        var text = "Discogs answered \(status) \(HTTPFailure.reason(status)) for \(request)"
        if let message, !message.isEmpty {
            text += ": “\(message)”"
        } else if let bodySnippet, !bodySnippet.isEmpty {
            text += " with a non-JSON body: \(bodySnippet.replacingOccurrences(of: "\n", with: " "))"
        }
        return text
    }

    /// The same as ``summary``.
    public var description: String { summary }

    /// The reason phrase for a status.
    public static func reason(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 409: return "Conflict"
        case 415: return "Unsupported Media Type"
        case 422: return "Unprocessable Entity"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return "status"
        }
    }
}

/// A response that arrived but did not decode into the expected type.
public struct DecodingFailure: Sendable, Hashable, CustomStringConvertible {
    /// The type that was expected, e.g. `Release`.
    public var type: String
    /// The coding path where decoding stopped, e.g. `tracklist[3].position`.
    public var codingPath: String
    /// What was wrong there.
    public var reason: String
    /// The start of the body.
    public var bodySnippet: String
    /// `METHOD URL` with credentials removed.
    public var request: String

    /// Creates a decoding failure.
    public init(type: String, codingPath: String, reason: String, bodySnippet: String, request: String) {
        self.type = type
        self.codingPath = codingPath
        self.reason = reason
        self.bodySnippet = bodySnippet
        self.request = request
    }

    /// A sentence naming the type, the path and the body.
    public var description: String {
        let path = codingPath.isEmpty ? "the top level" : "`\(codingPath)`"
        return "Could not decode \(type) from the response to \(request) at \(path): \(reason). Body starts: \(bodySnippet)"
    }
}

/// A request that got no complete response.
public struct TransportFailure: Sendable, Hashable, CustomStringConvertible {
    /// What the transport reported.
    public var error: TransportError
    /// `METHOD URL` with credentials removed.
    public var request: String
    /// How many times the request was sent.
    public var attempts: Int

    /// Creates a transport failure.
    public init(error: TransportError, request: String, attempts: Int = 1) {
        self.error = error
        self.request = request
        self.attempts = attempts
    }

    /// A sentence naming the failure and the request.
    public var description: String {
        "Network failure for \(request) after \(attempts) attempt(s): \(error.description). Check the connection and the base URL."
    }
}

/// Discogs' error body, `{"message": "…"}`.
enum ServerMessage {
    private struct Body: Decodable { let message: String? }

    static func decode(_ data: Data) -> String? {
        guard !data.isEmpty, let body = try? JSONDecoder().decode(Body.self, from: data) else { return nil }
        return body.message
    }
}
