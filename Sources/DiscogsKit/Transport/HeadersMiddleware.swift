/// Adds `User-Agent`, `Accept`, `Accept-Encoding` and the `Authorization` header to every request.
public struct HeadersMiddleware: Middleware {
    /// The User-Agent to send.
    public let userAgent: String
    /// The credentials to send.
    public let credentials: Credentials
    /// The `Accept` media type.
    public let accept: DiscogsClient.MediaType

    /// Creates the middleware.
    public init(userAgent: String, credentials: Credentials, accept: DiscogsClient.MediaType) {
        self.userAgent = userAgent
        self.credentials = credentials
        self.accept = accept
    }

    /// Sets the headers, keeping any `Authorization` the request already has.
    public func intercept(_ request: HTTPRequest, next: Next) async throws -> HTTPResponse {
        var request = request
        request.headers["User-Agent"] = userAgent
        if !request.headers.contains("Accept") { request.headers["Accept"] = accept.rawValue }
        if !request.headers.contains("Authorization"), let value = credentials.authorizationHeader {
            request.headers["Authorization"] = value
        }
        if request.body != nil, !request.headers.contains("Content-Type") {
            request.headers["Content-Type"] = "application/json"
        }
        return try await next(request)
    }
}
