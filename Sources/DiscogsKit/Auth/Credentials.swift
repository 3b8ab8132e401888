/// What DiscogsKit sends to authenticate: nothing, a personal access token, or an application's
/// consumer key and secret.
///
/// Credentials travel in the `Authorization` header, never in the URL, and their
/// `description` shows only a masked form.
///
/// ```swift
/// let credentials = Credentials.token(ProcessInfo.processInfo.environment["DISCOGS_TOKEN"] ?? "")
/// print(credentials) // token(<redacted, 40 characters>)
/// ```
public enum Credentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// No credentials: 25 requests a minute, no search, image URLs blanked.
    case none
    /// A personal access token (`Authorization: Discogs token=…`): 60 requests a minute, acts as
    /// the token's owner.
    case token(String)
    /// An application's consumer key and secret (`Authorization: Discogs key=…, secret=…`):
    /// 60 requests a minute, search allowed, no user resources.
    case keySecret(key: String, secret: String)

    /// Whether any credential is sent (Discogs then allows 60 requests a minute instead of 25).
    public var isAuthenticated: Bool {
        if case .none = self { return false }
        return true
    }

    /// The `Authorization` header value, or `nil` for ``none``.
    public var authorizationHeader: String? {
        switch self {
        case .none: return nil
        case .token(let token): return "Discogs token=\(token)"
        case .keySecret(let key, let secret): return "Discogs key=\(key), secret=\(secret)"
        }
    }

    /// The secrets these credentials hold, for scrubbing recordings and messages.
    public var secrets: [String] {
        switch self {
        case .none: return []
        case .token(let token): return [token]
        case .keySecret(let key, let secret): return [key, secret]
        }
    }

    /// A masked form, safe to log.
    public var description: String {
        switch self {
        case .none: return "none"
        case .token(let token): return "token(\(Redaction.mask(token)))"
        case .keySecret(let key, let secret):
            return "keySecret(key: \(Redaction.mask(key)), secret: \(Redaction.mask(secret)))"
        }
    }

    /// The same masked form as ``description``.
    public var debugDescription: String { description }
}
