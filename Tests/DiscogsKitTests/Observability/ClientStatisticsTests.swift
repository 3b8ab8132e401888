import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

@Suite struct ClientStatisticsTests {
    static func scripted() -> ClientStatistics {
        let statistics = ClientStatistics(durationBounds: [0.05, 0.5, 5])
        let url = "https://api.test/releases/1"
        for attempt in 1...4 {
            statistics.observe(.requestStarted(.init(requestID: 1, method: "GET", url: url, attempt: attempt)))
        }
        let finished: [(Int, Duration, Int)] = [(200, .milliseconds(30), 1000), (200, .milliseconds(200), 500),
                                                 (429, .milliseconds(40), 60)]
        for (status, duration, bytes) in finished {
            statistics.observe(.requestFinished(.init(requestID: 1, method: "GET", url: url, status: status,
                                                      duration: duration, bytes: bytes, rateLimit: nil, attempt: 1)))
        }
        statistics.observe(.requestFailed(.init(requestID: 1, method: "GET", url: url, error: TransportError(.timedOut),
                                                duration: .seconds(30), attempt: 1)))
        statistics.observe(.retryScheduled(.init(requestID: 1, url: url, failedAttempt: 1, delay: .seconds(1), reason: "status 429")))
        statistics.observe(.retryScheduled(.init(requestID: 1, url: url, failedAttempt: 2, delay: .seconds(1), reason: "timed_out")))
        statistics.observe(.rateLimitWait(.init(duration: .milliseconds(1500), reason: "window full")))
        statistics.observe(.rateLimitWait(.init(duration: .milliseconds(250), reason: "window full")))
        statistics.observe(.decodingIssue(DecodingIssue(codingPath: "x", message: "skipped")))
        statistics.observe(.requestGaveUp(.init(method: "GET", url: url, attempts: 1, kind: "not_found", message: "Release not found.")))
        statistics.record(CancellationError())
        return statistics
    }

    @Test func countsEveryKindOfEvent() {
        let s = Self.scripted().snapshot()
        #expect(s.requestsSent == 4)
        #expect(s.responsesByStatus == [200: 2, 429: 1])
        #expect(s.responses == 3)
        #expect(s.retries == 2)
        #expect(s.rateLimited == 1)
        #expect(s.rateLimitWait == .milliseconds(1750))
        #expect(s.rateLimitWaits == 2)
        #expect(s.bytesReceived == 1560)
        #expect(s.errorsByKind == ["timed_out": 1, "not_found": 1])
        #expect(s.requestDuration.cumulativeCounts == [2, 3, 3, 4])
        #expect(s.requestDuration.count == 4)
    }

    @Test func rendersThePrometheusTextExactly() {
        let expected = """
            # HELP discogs_requests_total Answers received from Discogs, by HTTP status.
            # TYPE discogs_requests_total counter
            discogs_requests_total{status="200"} 2
            discogs_requests_total{status="429"} 1
            # HELP discogs_retries_total Attempts repeated after a failure.
            # TYPE discogs_retries_total counter
            discogs_retries_total 2
            # HELP discogs_rate_limited_total 429 Too Many Requests answers received.
            # TYPE discogs_rate_limited_total counter
            discogs_rate_limited_total 1
            # HELP discogs_rate_limit_wait_seconds_total Seconds requests spent waiting for the rate limiter.
            # TYPE discogs_rate_limit_wait_seconds_total counter
            discogs_rate_limit_wait_seconds_total 1.75
            # HELP discogs_request_duration_seconds Seconds from sending an attempt to its complete answer or failure.
            # TYPE discogs_request_duration_seconds histogram
            discogs_request_duration_seconds_bucket{le="0.05"} 2
            discogs_request_duration_seconds_bucket{le="0.5"} 3
            discogs_request_duration_seconds_bucket{le="5"} 3
            discogs_request_duration_seconds_bucket{le="+Inf"} 4
            discogs_request_duration_seconds_sum 30.27
            discogs_request_duration_seconds_count 4
            # HELP discogs_errors_total Failures by kind: attempts without an answer, and requests that failed.
            # TYPE discogs_errors_total counter
            discogs_errors_total{kind="not_found"} 1
            discogs_errors_total{kind="timed_out"} 1
            # HELP discogs_failed_requests_total Requests that ended in an error after every attempt.
            # TYPE discogs_failed_requests_total counter
            discogs_failed_requests_total 1
            # HELP discogs_circuit_opened_total Times the client stopped sending: an unreachable server, or 429s that kept coming.
            # TYPE discogs_circuit_opened_total counter
            discogs_circuit_opened_total{reason="unreachable"} 0
            discogs_circuit_opened_total{reason="rate_limited"} 0

            """
        #expect(PrometheusTextFormat.render(Self.scripted().snapshot()) == expected)
    }

    @Test func rendersEveryFamilyEvenWhenNothingHappened() {
        let text = PrometheusTextFormat.render(ClientStatistics().snapshot())
        for family in ["discogs_requests_total", "discogs_retries_total", "discogs_rate_limited_total",
                       "discogs_rate_limit_wait_seconds_total", "discogs_request_duration_seconds", "discogs_errors_total",
                       "discogs_failed_requests_total"] {
            #expect(text.contains("# TYPE \(family) "))
        }
        #expect(text.contains("discogs_retries_total 0\n"))
        #expect(text.contains("discogs_request_duration_seconds_bucket{le=\"+Inf\"} 0\n"))
        #expect(text.contains("discogs_request_duration_seconds_bucket{le=\"0.005\"} 0\n"))
    }

    @Test func summarisesInAFewLines() {
        let summary = StatisticsSummary.render(Self.scripted().snapshot())
        #expect(summary == """
            requests: 4 sent, 3 answered (200: 2, 429: 1), 2 retries, 1 rate limited (429)
            rate limiter: 2 waits, 1.8 s in total
            received: 1.6 kB; duration: mean 7.6 s
            errors: 1 request failed; not_found 1, timed_out 1
            """)
        let quiet = StatisticsSummary.render(ClientStatistics().snapshot())
        #expect(quiet.hasSuffix("errors: none"))
    }

    @Test func countsARunThroughTheClient() async throws {
        let clock = ManualClock()
        let statistics = ClientStatistics()
        var configuration = DiscogsClient.Configuration(baseURL: URL(string: "https://api.test")!, userAgent: "Test/1.0",
                                                        credentials: .token("t"), observer: statistics)
        configuration.clock = clock
        configuration.rateLimit = RateLimit(requests: 2, per: .seconds(4))
        configuration.retryPolicy = ResilienceClient.zeroJitter(.default)
        let transport = MockTransport.sequence([
            ResilienceClient.status(503), .failure(TransportError(.connectionLost)), ResilienceClient.ok(#"{"id":1}"#),
            ResilienceClient.status(404),
        ])
        let client = try DiscogsClient(configuration: configuration, transport: transport)
        _ = try await ClockDriver.run(clock) { try await client.json(Endpoint(path: "/releases/1")) }
        await #expect(throws: DiscogsError.self) {
            _ = try await ClockDriver.run(clock) { try await client.json(Endpoint(path: "/releases/2")) }
        }
        let s = statistics.snapshot()
        #expect(s.failedRequests == 1) // counted from the client's event, without record(_:)
        #expect(s.requestsSent == 4)
        #expect(s.responsesByStatus == [503: 1, 200: 1, 404: 1])
        #expect(s.retries == 2)
        #expect(s.errorsByKind == ["connection_lost": 1, "not_found": 1])
        #expect(s.bytesReceived == 8 + ResilienceClient.bodyLength(503) + ResilienceClient.bodyLength(404))
        // 2 per 4 s: attempts 1 and 2 went at once, attempt 3 waited for the first slot to
        // expire at 4 s, and the second request found the second slot expired by then.
        #expect(s.rateLimitWait == .seconds(4))
        #expect(s.rateLimitWaits == 1)
    }
}

@Suite struct MetricsFileWriterTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("discogskit-metrics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func replacesTheFileAtomicallyAndLeavesNoTemporaryFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("discogs.prom")
        let writer = MetricsFileWriter(fileURL: file)
        try writer.write(text: "old\n")
        let snapshot = ClientStatisticsTests.scripted().snapshot()
        try writer.write(snapshot)
        #expect(try String(contentsOf: file, encoding: .utf8) == PrometheusTextFormat.render(snapshot))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["discogs.prom"])
    }

    @Test func namesTheFileWhenItCannotWrite() {
        let file = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/discogs.prom")
        #expect {
            try MetricsFileWriter(fileURL: file).write(text: "x")
        } throws: { error in
            (error as? MetricsFileWriter.WriteError)?.description.contains(file.path) == true
        }
    }

    @Test func writesPeriodicallyAndOnceMoreWhenStopped() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("discogs.prom")
        let clock = ManualClock()
        let statistics = ClientStatistics()
        let writer = MetricsFileWriter(fileURL: file)
        let task = Task { try await writer.run(statistics: statistics, every: .seconds(10), clock: clock) }
        await clock.waitForSleepers(1)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("discogs_retries_total 0\n"))
        statistics.observe(.retryScheduled(.init(requestID: 1, url: "u", failedAttempt: 1, delay: .zero, reason: "r")))
        await clock.advance(by: .seconds(10))
        await clock.waitForSleepers(1)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("discogs_retries_total 1\n"))
        statistics.observe(.retryScheduled(.init(requestID: 1, url: "u", failedAttempt: 2, delay: .zero, reason: "r")))
        task.cancel()
        try await task.value
        #expect(try String(contentsOf: file, encoding: .utf8).contains("discogs_retries_total 2\n"))
    }

    @Test(arguments: [
        (#"{"id": "x"}"#, 200, "decoding", 1),
        (#"{"message": "Release not found."}"#, 404, "not_found", 1),
    ])
    func aRequestThatGivesUpIsReportedOnceWithItsKind(body: String, status: Int, kind: String, attempts: Int) async throws {
        let events = Mutex<[DiscogsEvent.RequestGaveUp]>([])
        var configuration = DiscogsClient.Configuration(baseURL: URL(string: "https://api.test")!, userAgent: "Test/1.0",
                                                        credentials: .token("s3cret-token"))
        configuration.observer = ClosureObserver { event in
            if case .requestGaveUp(let e) = event { events.withLock { $0.append(e) } }
        }
        configuration.retryPolicy = .none
        let client = try DiscogsClient(configuration: configuration, transport: MockTransport { _ in MockTransport.response(status: status, json: body) })
        await #expect(throws: DiscogsError.self) { _ = try await client.release(1) }
        let reported = events.withLock { $0 }
        #expect(reported.count == 1)
        #expect(reported.first?.kind == kind)
        #expect(reported.first?.attempts == attempts)
        #expect(reported.first?.url == "https://api.test/releases/1")
        let line = EventLogFormatter.line(for: .requestGaveUp(try #require(reported.first)))
        #expect(line?.hasPrefix("GET https://api.test/releases/1 gave up after 1 attempt: ") == true)
        #expect(line?.contains("s3cret") == false)
    }

    @Test func aRequestThatNeedsCredentialsGivesUpWithoutAnAttempt() async throws {
        let statistics = ClientStatistics()
        let configuration = DiscogsClient.Configuration(baseURL: URL(string: "https://api.test")!, userAgent: "Test/1.0",
                                                        observer: statistics)
        let client = try DiscogsClient(configuration: configuration, transport: MockTransport { _ in MockTransport.response(status: 200, json: "{}") })
        await #expect(throws: DiscogsError.self) { _ = try await client.search(SearchQuery("x")) }
        #expect(statistics.snapshot().failedRequests == 1)
        #expect(statistics.snapshot().requestsSent == 0)
        #expect(statistics.snapshot().errorsByKind == [DiscogsError.authenticationRequired("").kind: 1])
    }

    @Test(arguments: [
        (DiscogsError.invalidRequest("the search has no parameters"), false),
        (DiscogsError.authenticationRequired("GET /database/search"), true),
        (DiscogsError.notFound(HTTPFailure(status: 404, message: "Release not found.", request: "GET /releases/1")), true),
    ])
    func onlyErrorsThrownBeforeAnyRequestAreLeftForTheCaller(error: DiscogsError, endsARequest: Bool) {
        #expect(error.endsARequest == endsARequest)
    }
}
