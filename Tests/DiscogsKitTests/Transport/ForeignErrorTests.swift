import DiscogsKit
import DiscogsKitTesting
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// A custom transport may throw what it likes: `URLError`s and other foreign errors are mapped
/// to ``TransportError`` kinds, retried like them, and reach the caller as the documented
/// ``DiscogsError`` (before, only `TransportError` was retried and wrapped).
@Suite struct ForeignErrorTests {
    struct Boom: Error {}

    static func client(_ transport: MockTransport) throws -> DiscogsClient {
        var configuration = DiscogsClient.Configuration(userAgent: "DiscogsKitTests/1.0", credentials: .token("t"))
        configuration.retryPolicy = .exponential(base: .milliseconds(1), maxAttempts: 3)
        configuration.rateLimit = RateLimit(requests: 1000, per: .seconds(1))
        return try DiscogsClient(configuration: configuration, transport: transport)
    }

    @Test(arguments: [
        (URLError(.timedOut) as any Error & Sendable, TransportError.Kind.timedOut, 3),
        (URLError(.cannotConnectToHost), .cannotConnect, 3),
        (URLError(.networkConnectionLost), .connectionLost, 3),
        (Boom(), .other, 3),
        (POSIXError(.ECONNRESET), .connectionLost, 3),
        (POSIXError(.ECONNREFUSED), .cannotConnect, 3),
    ] as [(any Error & Sendable, TransportError.Kind, Int)])
    func foreignErrorsAreRetriedAndWrapped(error: any Error & Sendable, kind: TransportError.Kind, attempts: Int) async throws {
        let transport = MockTransport { _ in throw error }
        let client = try Self.client(transport)
        do {
            _ = try await client.release(1)
            Issue.record("expected a failure")
        } catch DiscogsError.transport(let failure) {
            #expect(failure.error.kind == kind)
            #expect(failure.attempts == attempts)
        } catch {
            Issue.record("escaped as \(type(of: error)): \(error)")
        }
        #expect(transport.requests.count == attempts)
    }

    @Test(arguments: [("GET", true), ("HEAD", true), ("PUT", true), ("DELETE", true), ("OPTIONS", true),
                      ("POST", false), ("PATCH", false), ("PURGE", false), ("get", true)])
    func onlyTheIdempotentMethodsAreIdempotent(method: String, idempotent: Bool) {
        #expect(HTTPRequest.Method(rawValue: method).isIdempotent == idempotent)
    }
}
