import DiscogsKit
import Foundation

/// Removes secrets from what is recorded: known secret strings wherever they appear, the values of
/// credential headers (`Authorization`, cookies) and of credential query parameters (`token`,
/// `key`, `secret`, `oauth_*`).
///
/// ```swift
/// let scrubber = SecretScrubber(secrets: credentials.secrets)
/// scrubber.scrub("token=abc") // "token=REDACTED" when "abc" is a secret
/// ```
public struct SecretScrubber: Sendable {
    /// Exact strings to remove (tokens, consumer secrets, OAuth secrets).
    public let secrets: [String]

    /// Creates a scrubber; empty strings in `secrets` are ignored.
    public init(secrets: [String] = []) {
        self.secrets = secrets.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// `text` with every secret replaced by ``Redaction/placeholder``.
    public func scrub(_ text: String) -> String {
        Redaction.scrub(text, secrets: secrets)
    }

    /// A URL with credential query values and secrets removed.
    public func scrub(url: URL) -> String {
        scrub(Redaction.url(url))
    }

    /// Header fields with credential values and secrets removed.
    public func scrub(headers: HTTPHeaders) -> [String: String] {
        var out: [String: String] = [:]
        for field in Redaction.headers(headers) {
            out[field.name] = scrub(field.value)
        }
        return out
    }
}
