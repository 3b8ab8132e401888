import Foundation

extension DiscogsClient {
    /// Everything a client is built from. The client is immutable once built.
    ///
    /// ```swift
    /// var configuration = DiscogsClient.Configuration(userAgent: "SongNodes/1.0 +https://songnodes.example")
    /// configuration.credentials = .token(token)
    /// let client = try DiscogsClient(configuration: configuration)
    /// ```
    public struct Configuration: Sendable {
        /// The API root. Default: `https://api.discogs.com`.
        public var baseURL: URL
        /// The User-Agent; required (an empty one is refused). No default: name your application.
        public var userAgent: String
        /// What to authenticate with. Default: ``Credentials/none``.
        public var credentials: Credentials
        /// How long one attempt may take. Default: 30 seconds.
        public var requestTimeout: Duration
        /// How marked-up text (profiles, notes) is rendered. Default: ``MediaType/discogs``.
        public var accept: MediaType
        /// Receives every ``DiscogsEvent``. Default: ``NoOpObserver``.
        public var observer: any DiscogsObserver

        /// Creates a configuration with the defaults above.
        public init(baseURL: URL = DiscogsClient.defaultBaseURL, userAgent: String,
                    credentials: Credentials = .none, requestTimeout: Duration = .seconds(30),
                    accept: MediaType = .discogs, observer: any DiscogsObserver = NoOpObserver()) {
            self.baseURL = baseURL
            self.userAgent = userAgent
            self.credentials = credentials
            self.requestTimeout = requestTimeout
            self.accept = accept
            self.observer = observer
        }
    }

    /// The `Accept` media type: how Discogs renders marked-up text fields.
    public enum MediaType: String, Sendable, Hashable, CaseIterable {
        /// Raw Discogs markup such as `[a=Carl Craig]` (the API's default).
        case discogs = "application/vnd.discogs.v2.discogs+json"
        /// Markup rendered to HTML.
        case html = "application/vnd.discogs.v2.html+json"
        /// Markup stripped.
        case plaintext = "application/vnd.discogs.v2.plaintext+json"
    }

    /// `https://api.discogs.com`.
    public static let defaultBaseURL = URL(string: "https://api.discogs.com")!
}
