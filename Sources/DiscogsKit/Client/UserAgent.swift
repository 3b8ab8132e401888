import Foundation

/// The User-Agent DiscogsKit sends. Discogs requires one that names the application (RFC 1945
/// style, `AppName/1.2 +https://homepage`) and may block empty or generic agents.
public enum UserAgent {
    /// DiscogsKit's version.
    public static let libraryVersion = "0.1.0"
    /// The project's home page.
    public static let projectURL = "https://github.com/songnodes/DiscogsKit"
    /// `DiscogsKit/<version> +<project url>`, the CLI's default.
    public static let `default` = "DiscogsKit/\(libraryVersion) +\(projectURL)"

    /// Checks that `agent` can be sent: not empty, no control characters.
    /// - Throws: ``DiscogsError/invalidRequest(_:)`` naming what is wrong.
    public static func validate(_ agent: String) throws(DiscogsError) {
        let trimmed = agent.trimmingWhitespace()
        if trimmed.isEmpty {
            throw .invalidRequest("the User-Agent is empty; Discogs rejects anonymous agents. "
                + "Name your application, e.g. \"MyApp/1.0 +https://example.com\".")
        }
        if agent.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .invalidRequest("the User-Agent contains a control character (such as a line break).")
        }
    }
}
