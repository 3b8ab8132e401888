import Foundation

/// Masks secrets before anything is shown, logged or recorded.
public enum Redaction {
    /// The query parameters whose values are credentials.
    public static let secretQueryNames: Set<String> = [
        "token", "key", "secret", "oauth_token", "oauth_token_secret", "oauth_signature",
        "oauth_consumer_key", "oauth_verifier",
    ]

    /// The header fields whose values are credentials.
    public static let secretHeaderNames: Set<String> = ["authorization", "proxy-authorization", "cookie", "set-cookie"]

    /// The placeholder shown instead of a secret.
    public static let placeholder = "REDACTED"

    /// `url` with the password of its user information and the values of credential query
    /// parameters replaced by a placeholder; scheme, host, port, path and the other parameters
    /// are kept.
    ///
    /// ```swift
    /// Redaction.url(URL(string: "http://me:pw@host/releases/1?token=t&page=2")!)
    /// // "http://me:REDACTED@host/releases/1?token=REDACTED&page=2"
    /// ```
    public static func url(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return "<a URL that could not be read for redaction>"
        }
        var changed = false
        if components.percentEncodedPassword != nil {
            components.percentEncodedPassword = placeholder
            changed = true
        }
        if let items = components.percentEncodedQueryItems, !items.isEmpty,
           items.contains(where: { secretQueryNames.contains($0.name.lowercased()) }) {
            components.percentEncodedQueryItems = items.map { item in
                secretQueryNames.contains(item.name.lowercased())
                    ? URLQueryItem(name: item.name, value: placeholder) : item
            }
            changed = true
        }
        guard changed else { return url.absoluteString }
        return components.string ?? "<a URL that could not be redacted>"
    }

    /// Whether the header field `name` carries a credential.
    public static func isSecretHeader(_ name: String) -> Bool {
        secretHeaderNames.contains(name.lowercased())
    }

    /// `headers` with credential values replaced by a placeholder.
    public static func headers(_ headers: HTTPHeaders) -> HTTPHeaders {
        HTTPHeaders(headers.fields.map(field))
    }

    /// `field` with its value replaced by a placeholder when it carries a credential.
    public static func field(_ field: HTTPHeaders.Field) -> HTTPHeaders.Field {
        isSecretHeader(field.name) ? HTTPHeaders.Field(name: field.name, value: placeholder) : field
    }

    /// `text` with every occurrence of each secret, as it is and percent-encoded, replaced by the
    /// placeholder (longest secrets first; empty ones ignored): for pieces of a server's answer
    /// shown in errors, in case it echoes a request, and for what a cassette records.
    public static func scrub(_ text: String, secrets: [String]) -> String {
        var out = text
        for secret in secrets.filter({ !$0.isEmpty }).sorted(by: { $0.count > $1.count }) {
            out = out.replacingOccurrences(of: secret, with: placeholder)
            let encoded = QueryEncoding.encode(secret)
            if encoded != secret { out = out.replacingOccurrences(of: encoded, with: placeholder) }
        }
        return out
    }

    /// A masked form of a secret: only its length shows.
    public static func mask(_ secret: String) -> String {
        "<redacted, \(secret.count) characters>"
    }
}
