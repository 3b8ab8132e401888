import Foundation

/// Finds credentials: given directly, in the environment, in a file, or in a Docker secret; or
/// the first of several sources that has any.
///
/// ```swift
/// let credentials = try CredentialProvider.default.credentials()   // env, then file, then Docker secret
/// let fromFile = try CredentialProvider.file("/etc/discogs/token").credentials()
/// ```
public struct CredentialProvider: Sendable {
    private let resolve: @Sendable () throws -> Credentials?
    /// Where the provider looks, for messages.
    public let source: String

    /// Creates a provider from a closure that returns `nil` when its source has nothing.
    public init(source: String, resolve: @escaping @Sendable () throws -> Credentials?) {
        self.source = source
        self.resolve = resolve
    }

    /// The credentials found, or ``Credentials/none`` when no source has any.
    /// - Throws: ``DiscogsError/invalidRequest(_:)`` when a named source exists but cannot be
    ///   read or is empty (a token file that is missing is an error, not "no token").
    public func credentials() throws -> Credentials {
        try resolve() ?? .none
    }

    /// Always `credentials`.
    public static func fixed(_ credentials: Credentials) -> CredentialProvider {
        CredentialProvider(source: "given credentials") { credentials }
    }

    /// `DISCOGS_TOKEN`, or `DISCOGS_CONSUMER_KEY` with `DISCOGS_CONSUMER_SECRET`, from `environment`.
    public static func environment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> CredentialProvider {
        CredentialProvider(source: "the environment (DISCOGS_TOKEN)") {
            if let token = environment["DISCOGS_TOKEN"]?.trimmingWhitespace(newlines: true), !token.isEmpty {
                return .token(token)
            }
            let key = environment["DISCOGS_CONSUMER_KEY"]?.trimmingWhitespace(newlines: true) ?? ""
            let secret = environment["DISCOGS_CONSUMER_SECRET"]?.trimmingWhitespace(newlines: true) ?? ""
            if !key.isEmpty, !secret.isEmpty { return .keySecret(key: key, secret: secret) }
            if !key.isEmpty || !secret.isEmpty {
                throw DiscogsError.invalidRequest("DISCOGS_CONSUMER_KEY and DISCOGS_CONSUMER_SECRET must be set together.")
            }
            return nil
        }
    }

    /// A personal access token read from the file at `path` (surrounding whitespace removed).
    public static func file(_ path: String) -> CredentialProvider {
        CredentialProvider(source: "the token file \(path)") {
            try readToken(path, what: "token file")
        }
    }

    /// The file named by `DISCOGS_TOKEN_FILE` in `environment`, if set.
    public static func tokenFileFromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> CredentialProvider {
        CredentialProvider(source: "DISCOGS_TOKEN_FILE") {
            guard let path = environment["DISCOGS_TOKEN_FILE"], !path.isEmpty else { return nil }
            return try readToken(path, what: "DISCOGS_TOKEN_FILE")
        }
    }

    /// A Docker secret (`/run/secrets/<name>`), when that file exists.
    public static func dockerSecret(_ name: String = "discogs_token", directory: String = "/run/secrets") -> CredentialProvider {
        CredentialProvider(source: "the Docker secret \(name)") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            return try readToken(path, what: "Docker secret")
        }
    }

    /// The first provider in `providers` that finds credentials.
    public static func chain(_ providers: [CredentialProvider]) -> CredentialProvider {
        CredentialProvider(source: providers.map(\.source).joined(separator: ", then ")) {
            for provider in providers {
                if let found = try provider.resolve() { return found }
            }
            return nil
        }
    }

    /// The environment, then `DISCOGS_TOKEN_FILE`, then the Docker secret `discogs_token`.
    public static var `default`: CredentialProvider {
        chain([.environment(), .tokenFileFromEnvironment(), .dockerSecret()])
    }

    private static func readToken(_ path: String, what: String) throws -> Credentials {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw DiscogsError.invalidRequest("cannot read the \(what) \(path): \(error.localizedDescription)")
        }
        let token = text.trimmingWhitespace(newlines: true)
        guard !token.isEmpty else { throw DiscogsError.invalidRequest("the \(what) \(path) is empty.") }
        guard !token.contains(where: \.isNewline) else {
            throw DiscogsError.invalidRequest("the \(what) \(path) holds more than one line; it must hold only the token.")
        }
        return .token(token)
    }
}
