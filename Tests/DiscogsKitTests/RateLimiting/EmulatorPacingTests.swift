import DiscogsKit
import Foundation
import Testing

/// Runs against the Discogs emulator when `DISCOGS_BASE_URL` names one (CI starts it with a
/// generous server limit, so the client's own, tighter limit is what paces these requests).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["DISCOGS_BASE_URL"] != nil,
                "needs the emulator: set DISCOGS_BASE_URL (.ci/run does)"))
struct EmulatorPacingTests {
    static func configuration(statistics: ClientStatistics) throws -> DiscogsClient.Configuration {
        let environment = ProcessInfo.processInfo.environment
        let base = try #require(environment["DISCOGS_BASE_URL"].flatMap(URL.init(string:)))
        var configuration = DiscogsClient.Configuration(baseURL: base, userAgent: "DiscogsKitTests/1.0 +https://example.test",
                                                        credentials: .token(environment["DISCOGS_TEST_TOKEN"] ?? "test-token"),
                                                        observer: statistics)
        configuration.rateLimit = RateLimit(requests: 4, per: .milliseconds(500))
        return configuration
    }

    @Test func concurrentRequestsThroughURLSessionKeepToTheClientsWindow() async throws {
        let statistics = ClientStatistics()
        let client = try DiscogsClient(configuration: try Self.configuration(statistics: statistics))
        let ids = Array(1...10)
        let fetched = try await withThrowingTaskGroup(of: Int.self) { group in
            for id in ids { group.addTask { _ = try await client.json(Endpoint(path: "/releases/\(id)")); return id } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(fetched.sorted() == ids)
        let snapshot = statistics.snapshot()
        #expect(snapshot.rateLimited == 0)
        #expect(snapshot.responsesByStatus[200] == ids.count)
        // 10 requests at 4 per 0.5 s: at least 6 had to wait for a slot.
        #expect(snapshot.rateLimitWaits >= 6)
    }

    @Test func twoClientsSharingAFileShareOneWindow() async throws {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("discogskit-pacing-\(UUID().uuidString)/ratelimit.state")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let statistics = ClientStatistics()
        var configuration = try Self.configuration(statistics: statistics)
        configuration.sharedRateLimitFile = file
        let first = try DiscogsClient(configuration: configuration)
        let second = try DiscogsClient(configuration: configuration)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for id in 1...4 { group.addTask { _ = try await first.json(Endpoint(path: "/releases/\(id)")) } }
            for id in 5...8 { group.addTask { _ = try await second.json(Endpoint(path: "/releases/\(id)")) } }
            try await group.waitForAll()
        }
        // Each client alone could send its 4 at once; sharing 4 per window, 4 had to wait.
        #expect(statistics.snapshot().rateLimitWaits >= 4)
        #expect(statistics.snapshot().responsesByStatus[200] == 8)
    }
}
