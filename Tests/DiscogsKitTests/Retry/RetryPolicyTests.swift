import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

@Suite struct RetryPolicyTests {
    static let get = HTTPRequest(url: URL(string: "https://api.test/releases/1")!, headers: ["Accept": "application/json"])

    static func failure(_ policy: RetryPolicy, _ outcome: RetryPolicy.Outcome, attempt: Int = 1,
                        totalDelay: Duration = .zero) -> RetryPolicy.Failure? {
        policy.failure(of: get, outcome: outcome, attempt: attempt, totalDelay: totalDelay)
    }

    @Test(arguments: [
        (1, 0.0, Duration.zero), (1, 0.5, .milliseconds(500)), (2, 0.5, .seconds(1)), (3, 0.5, .seconds(2)),
        (3, 0.999, .milliseconds(3996)), (10, 0.5, .seconds(30)), (10, 0.0, .zero),
    ])
    func fullJitterDrawsBelowAGrowingCappedCeiling(retry: Int, random: Double, expected: Duration) {
        let backoff = Backoff(base: .seconds(1), multiplier: 2, maxDelay: .seconds(60))
        let delay = backoff.delay(forRetry: retry, random: random)
        let difference = delay - expected
        #expect(difference < .milliseconds(1) && difference > .milliseconds(-1))
        #expect(backoff.ceiling(forRetry: 10) == .seconds(60))
    }

    @Test func seededJitterRepeatsAndStaysInRange() {
        let a = RandomSource.seeded(42), b = RandomSource.seeded(42)
        let first = (0..<100).map { _ in a.next() }
        #expect(first == (0..<100).map { _ in b.next() })
        #expect(first.allSatisfy { (0..<1).contains($0) })
        #expect(Set(first).count > 90)
        #expect(RandomSource.constant(7).next() < 1)
        #expect(RandomSource.constant(-1).next() == 0)
    }

    @Test(arguments: [
        (["Retry-After": "120"], Duration.seconds(120)),
        (["Retry-After": " 0 "], .zero),
        (["Retry-After": "Wed, 25 Nov 2026 10:00:30 GMT", "Date": "Wed, 25 Nov 2026 10:00:00 GMT"], .seconds(30)),
        (["Retry-After": "Wednesday, 25-Nov-26 10:01:00 GMT", "Date": "Wed, 25 Nov 2026 10:00:00 GMT"], .seconds(60)),
        (["Retry-After": "Wed Nov 25 10:00:05 2026", "Date": "Wed, 25 Nov 2026 10:00:00 GMT"], .seconds(5)),
        (["Retry-After": "Wed, 25 Nov 2026 09:00:00 GMT", "Date": "Wed, 25 Nov 2026 10:00:00 GMT"], .zero),
    ])
    func readsRetryAfter(fields: [String: String], expected: Duration) {
        let headers = HTTPHeaders(fields.map { HTTPHeaders.Field(name: $0.key, value: $0.value) })
        #expect(RetryAfter.delay(in: headers) == expected)
    }

    @Test(arguments: ["", "soon", "-5", "1.5"])
    func ignoresAnUnreadableRetryAfter(value: String) {
        #expect(RetryAfter.delay(in: ["Retry-After": value]) == nil)
    }

    @Test func measuresAnHTTPDateFromNowWithoutADateHeader() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let later = "Fri, 15 Jan 2027 08:00:20 GMT"   // 1_800_000_020
        #expect(RetryAfter.delay(in: ["Retry-After": later], now: now) == .seconds(20))
    }

    @Test func presetsSayHowManyAttempts() {
        let error = RetryPolicy.Outcome.error(TransportError(.timedOut))
        #expect(RetryPolicy.none.decision(for: Self.failure(.none, error)!) == .stop)
        let exponential = RetryPolicy.exponential(base: .milliseconds(200), maxAttempts: 3)
        #expect(exponential.backoff.base == .milliseconds(200))
        var fixed = exponential
        fixed.random = .constant(0.5)
        #expect(fixed.decision(for: Self.failure(fixed, error, attempt: 2)!) == .retry(after: .milliseconds(200)))
        #expect(fixed.decision(for: Self.failure(fixed, error, attempt: 3)!) == .stop)
        #expect(RetryPolicy.default.maxAttempts == 6)
    }

    @Test func aCustomPolicyDecidesWithTheDefaultVerdictAtHand() {
        let policy = RetryPolicy.custom { failure in
            failure.isRetryable && failure.attempt < 2 ? .retry(after: .seconds(3)) : .stop
        }
        let retryable = Self.failure(policy, .response(MockTransport.response(status: 503, json: "{}")))!
        let notRetryable = Self.failure(policy, .response(MockTransport.response(status: 404, json: "{}")))!
        #expect(policy.decision(for: retryable) == .retry(after: .seconds(3)))
        #expect(policy.decision(for: notRetryable) == .stop)
        #expect(notRetryable.reason == "status 404")
    }

    @Test(arguments: [
        (#"{"id": 1}"#, "application/json", false), ("  [1]", "", false), ("<html>", "text/html", true),
        ("", "application/json", true), ("Service Unavailable", "text/plain", true),
    ])
    func judgesSuccessBodiesByTheirFirstByte(body: String, type: String, retried: Bool) {
        var headers = HTTPHeaders()
        if !type.isEmpty { headers["Content-Type"] = type }
        let response = HTTPResponse(status: 200, headers: headers, body: Data(body.utf8))
        #expect((Self.failure(.default, .response(response)) != nil) == retried)
        // A request that did not ask for JSON is never judged.
        let image = HTTPRequest(url: Self.get.url, headers: ["Accept": "image/*"])
        #expect(RetryPolicy.default.failure(of: image, outcome: .response(response), attempt: 1, totalDelay: .zero) == nil)
    }
}
