import DiscogsKit
import Foundation

/// The options every command that talks to Discogs accepts, and the client they build.
struct NetworkOptions: Sendable {
    /// The option specs, for commands' tables.
    static let specs: [OptionSpec] = [
        .option("base-url", "URL", "API root (default: $DISCOGS_BASE_URL or https://api.discogs.com)."),
        .option("token", "TOKEN", "Personal access token; - reads it from standard input, out of sight of ps (default: $DISCOGS_TOKEN or the file named by $DISCOGS_TOKEN_FILE)."),
        .option("user-agent", "UA", "User-Agent (default: $DISCOGS_USER_AGENT or \(UserAgent.default))."),
        .option("transport", "NAME", "curl, urlsession or automatic (default: $DISCOGS_TRANSPORT or automatic: curl on Linux)."),
        .flag("verbose", "Print each request (method, URL without credentials, status, time) to stderr."),
    ]

    let baseURL: URL
    let userAgent: String
    let credentials: Credentials
    let verbose: Bool
    let transport: TransportChoice

    /// Reads the options and the environment.
    /// - Throws: ``UsageError`` for a malformed base URL, or ``DiscogsError`` for an unreadable token file.
    init(_ arguments: ParsedArguments, environment: [String: String],
         standardInput: () -> String? = { nil }) throws {
        let base = arguments.value("base-url") ?? environment["DISCOGS_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        if let base {
            guard let url = URL(string: base), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
                  url.host != nil else {
                throw UsageError("the base URL “\(base)” is not an http(s) URL such as https://api.discogs.com.")
            }
            baseURL = url
        } else {
            baseURL = DiscogsClient.defaultBaseURL
        }
        userAgent = arguments.value("user-agent") ?? environment["DISCOGS_USER_AGENT"] ?? UserAgent.default
        if let given = arguments.value("token") {
            let token: String
            if given == "-" {
                guard let read = standardInput() else { throw UsageError("--token -: standard input held no token.") }
                token = read
            } else {
                token = given
            }
            let trimmed = token.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw UsageError(given == "-" ? "--token -: standard input held no token." : "--token is empty.") }
            credentials = .token(trimmed)
        } else {
            credentials = try CredentialProvider.chain([
                .environment(environment), .tokenFileFromEnvironment(environment),
            ]).credentials()
        }
        verbose = arguments.flag("verbose")
        if let text = arguments.value("transport") ?? environment["DISCOGS_TRANSPORT"].flatMap({ $0.isEmpty ? nil : $0 }) {
            do {
                transport = try TransportChoice(parsing: text)
            } catch {
                let source = arguments.value("transport") == nil ? "DISCOGS_TRANSPORT" : "--transport"
                throw UsageError("\(source): the transport “\(text)” is not one of curl, urlsession, automatic.")
            }
        } else {
            transport = .automatic
        }
    }

    /// The observer for `--verbose` (request lines on stderr) plus `extra`.
    func observer(context: CLIContext, extra: [any DiscogsObserver] = []) -> any DiscogsObserver {
        var observers = extra
        let err = context.err
        if !verbose {
            // Losing the libcurl transport is worth a word even without --verbose.
            observers.append(ClosureObserver { event in
                if case .transportFallback = event, let line = EventLogFormatter.line(for: event) { err.line("discogs: \(line)") }
            })
        }
        if verbose {
            observers.append(ClosureObserver { event in
                if let line = EventLogFormatter.line(for: event) { err.line(line) }
            })
        }
        return CompositeObserver(observers)
    }

    /// The client configuration these options describe.
    func configuration(context: CLIContext, observers: [any DiscogsObserver] = []) -> DiscogsClient.Configuration {
        var configuration = DiscogsClient.Configuration(baseURL: baseURL, userAgent: userAgent, credentials: credentials,
                                                        observer: observer(context: context, extra: observers))
        configuration.transport = transport
        return configuration
    }

    /// Builds the client.
    /// - Throws: ``DiscogsError/invalidRequest(_:)`` (an empty User-Agent).
    func makeClient(context: CLIContext, observers: [any DiscogsObserver] = []) throws -> DiscogsClient {
        try DiscogsClient(configuration: configuration(context: context, observers: observers))
    }
}
