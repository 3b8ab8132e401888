// Lanes under load: a background sync of 300 releases and user lookups on one client, against
// the Discogs emulator. Prints how long each user lookup waited beyond a round trip, with the
// sync in the background lane and, for contrast, in the interactive lane.
//
//   DISCOGS_BASE_URL=http://127.0.0.1:PORT swift run -c release LaneBenchmark
//   (Benchmarks/lane-benchmark.sh starts the emulator with --window 3 --limit 30 --latency 0.02)
import DiscogsKit
import Foundation

@main
struct LaneBenchmark {
    static func main() async throws {
        guard let text = ProcessInfo.processInfo.environment["DISCOGS_BASE_URL"], let base = URL(string: text) else {
            FileHandle.standardError.write(Data("set DISCOGS_BASE_URL to the emulator\n".utf8))
            exit(2)
        }
        let limit = RateLimit(requests: 30, per: .seconds(3))
        let slot = limit.window / limit.requests
        print("limit \(limit), one slot = \(milliseconds(slot)) ms; 300 background releases, 20 user lookups every 1.5 s")
        var passed = true
        for lanes in [true, false] {
            let waits = try await run(base: base, limit: limit, lanes: lanes)
            let worst = waits.max() ?? .zero
            let mean = waits.reduce(Duration.zero, +) / max(1, waits.count)
            let within = waits.filter { $0 < slot }.count
            print("sync in the \(lanes ? "background" : "interactive") lane: user lookups waited mean \(milliseconds(mean)) ms, "
                + "max \(milliseconds(worst)) ms; \(within) of \(waits.count) within one slot")
            if lanes { passed = worst < slot }
        }
        print(passed ? "PASS: with lanes every user lookup waited less than one slot" : "FAIL: a user lookup waited a slot or more")
        if !passed { exit(1) }
    }

    /// The waits of the user lookups (their time less the quiet round trip) during one sync.
    static func run(base: URL, limit: RateLimit, lanes: Bool) async throws -> [Duration] {
        var configuration = DiscogsClient.Configuration(baseURL: base, userAgent: "DiscogsKitLaneBenchmark/1.0",
                                                        credentials: .token("test-token"))
        configuration.rateLimit = limit
        let client = try DiscogsClient(configuration: configuration)
        // A quiet round trip, before the sync starts (the window then drains).
        var quiet: [Duration] = []
        for id in 1...5 { quiet.append(try await timed { _ = try await client.release(1000 + id) }) }
        let roundTrip = quiet.sorted()[2]
        try await Task.sleep(for: limit.window + .milliseconds(200))
        let sync = client.inLane(lanes ? .background : .interactive)
        let background = Task {
            var count = 0
            for await outcome in sync.fetchEach(Array(1...300), concurrency: 4, { try await sync.release($0) }) {
                if case .success = outcome.result { count += 1 }
            }
            return count
        }
        try await Task.sleep(for: .seconds(1))
        var waits: [Duration] = []
        for id in 1...20 {
            let took = try await timed { _ = try await client.release(1500 + id) }
            waits.append(max(.zero, took - roundTrip))
            try await Task.sleep(for: .milliseconds(1500))
        }
        let fetched = await background.value
        guard fetched == 300 else { throw CocoaError(.fileReadUnknown, userInfo: ["reason": "sync fetched \(fetched) of 300"]) }
        return waits
    }

    static func timed(_ body: () async throws -> Void) async throws -> Duration {
        let start = ContinuousClock.now
        try await body()
        return ContinuousClock.now - start
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int((Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15).rounded())
    }
}
