/// A step in the client's request pipeline that can change a request, its response, or both.
///
/// Each cross-cutting concern (headers, rate limiting, retries, observation) is one middleware.
/// ``DiscogsClient`` documents the order it uses.
///
/// ```swift
/// struct TimingMiddleware: Middleware {
///     func intercept(_ request: HTTPRequest, next: Next) async throws -> HTTPResponse {
///         let start = ContinuousClock.now
///         defer { print(ContinuousClock.now - start) }
///         return try await next(request)
///     }
/// }
/// ```
public protocol Middleware: Sendable {
    /// The rest of the pipeline after this middleware.
    typealias Next = @Sendable (HTTPRequest) async throws -> HTTPResponse

    /// Handles `request`, calling `next` zero or more times.
    func intercept(_ request: HTTPRequest, next: Next) async throws -> HTTPResponse
}

/// A transport wrapped in middlewares, outermost first.
public struct MiddlewareChain: Transport {
    /// The middlewares, outermost first.
    public let middlewares: [any Middleware]
    /// The transport at the end of the chain.
    public let transport: any Transport

    /// Creates a chain.
    public init(_ middlewares: [any Middleware], transport: any Transport) {
        self.middlewares = middlewares
        self.transport = transport
    }

    /// Sends `request` through every middleware, then the transport.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try await step(0)(request)
    }

    private func step(_ index: Int) -> Middleware.Next {
        guard index < middlewares.count else {
            let transport = self.transport
            return { try await transport.send($0) }
        }
        let middleware = middlewares[index]
        let next = step(index + 1)
        return { try await middleware.intercept($0, next: next) }
    }
}
