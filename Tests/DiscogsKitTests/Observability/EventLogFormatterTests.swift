import DiscogsKit
import Testing

@Suite struct EventLogFormatterTests {
    @Test func formatsAFinishedRequest() {
        let event = DiscogsEvent.requestFinished(.init(
            requestID: 1, method: "GET", url: "https://api.discogs.com/releases/1", status: 200,
            duration: .milliseconds(182), bytes: 5123, rateLimit: RateLimitHeaders(limit: 60, used: 2, remaining: 58),
            attempt: 1))
        #expect(EventLogFormatter.line(for: event)
            == "GET https://api.discogs.com/releases/1 → 200 in 182 ms, 5.1 kB [limit 60/used 2/remaining 58]")
    }

    @Test func formatsRetriesWaitsAndFailures() {
        #expect(EventLogFormatter.line(for: .retryScheduled(.init(requestID: 1, url: "u", failedAttempt: 2,
                                                                   delay: .milliseconds(1500), reason: "status 503")))
            == "retrying u in 1500 ms after attempt 2 (status 503)")
        #expect(EventLogFormatter.line(for: .rateLimitWait(.init(duration: .seconds(1), reason: "window full")))
            == "rate limit: waited 1000 ms (window full)")
        #expect(EventLogFormatter.line(for: .requestFailed(.init(requestID: 1, method: "GET", url: "u",
                                                                  error: TransportError(.timedOut),
                                                                  duration: .seconds(30), attempt: 3)))
            == "GET u ✗ the request timed out after 30000 ms (attempt 3)")
        #expect(EventLogFormatter.line(for: .requestStarted(.init(requestID: 1, method: "GET", url: "u", attempt: 1))) == nil)
    }

    @Test(arguments: [
        (["X-Discogs-Ratelimit": "60", "X-Discogs-Ratelimit-Used": "2", "X-Discogs-Ratelimit-Remaining": "58"],
         RateLimitHeaders(limit: 60, used: 2, remaining: 58)),
        (["x-discogs-ratelimit": "25", "x-discogs-ratelimit-used": "25", "x-discogs-ratelimit-remaining": "0"],
         RateLimitHeaders(limit: 25, used: 25, remaining: 0)),
        (["X-Discogs-Ratelimit": "60"], nil),
        (["X-Discogs-Ratelimit": "sixty", "X-Discogs-Ratelimit-Used": "2", "X-Discogs-Ratelimit-Remaining": "58"], nil),
    ] as [([String: String], RateLimitHeaders?)])
    func readsRateLimitHeadersInAnyCase(headers: [String: String], expected: RateLimitHeaders?) {
        let fields = HTTPHeaders(headers.map { HTTPHeaders.Field(name: $0.key, value: $0.value) })
        #expect(RateLimitHeaders(fields) == expected)
    }
}
