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

    /// `url` with the values of credential query parameters replaced by a placeholder.
    public static func url(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false),
              let items = components.percentEncodedQueryItems, !items.isEmpty else {
            return url.absoluteString
        }
        components.percentEncodedQueryItems = items.map { item in
            secretQueryNames.contains(item.name.lowercased())
                ? URLQueryItem(name: item.name, value: placeholder) : item
        }
        return components.string ?? url.absoluteString
    }

    /// `headers` with credential values replaced by a placeholder.
    public static func headers(_ headers: HTTPHeaders) -> HTTPHeaders {
        HTTPHeaders(headers.fields.map { field in
            secretHeaderNames.contains(field.name.lowercased())
                ? HTTPHeaders.Field(name: field.name, value: placeholder) : field
        })
    }

    /// A masked form of a secret: only its length shows.
    public static func mask(_ secret: String) -> String {
        "<redacted, \(secret.count) characters>"
    }
}
