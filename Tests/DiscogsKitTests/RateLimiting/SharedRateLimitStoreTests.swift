import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

@Suite struct SharedRateLimitStoreTests {
    static func temporaryFile() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("discogskit-store-\(UUID().uuidString)", isDirectory: true)
        return folder.appendingPathComponent("nested/ratelimit-test.state")
    }

    /// A wall clock that moves with `clock`, so file times and limiter times agree in tests.
    static func wallClock(following clock: ManualClock) -> @Sendable () -> Date {
        { let (s, atto) = clock.now.offset.components
          return Date(timeIntervalSince1970: 1_800_000_000 + Double(s) + Double(atto) / 1e18) }
    }

    @Test func twoStoresOnOneFileSeeEachOthersSlots() throws {
        let file = try Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        let first = try SharedRateLimitStore(fileURL: file)
        let second = try SharedRateLimitStore(fileURL: file)
        #expect(first.owner != second.owner)
        try first.update { entries, now in
            let t = now.timeIntervalSince1970
            entries.append(.init(owner: first.owner, token: 1, admitted: t, expires: t + 60))
        }
        let seen = try second.entries()
        #expect(seen.count == 1)
        #expect(seen.first?.owner == first.owner)
        #expect(seen.first?.token == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func dropsExpiredImplausibleAndBrokenLinesAndKeepsTheRest() throws {
        let file = try Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        let now = 1_800_000_000.0
        let store = try SharedRateLimitStore(fileURL: file, wallClock: { Date(timeIntervalSince1970: now) })
        let text = """
            discogskit-ratelimit v1
            a1 1 \(now - 70) \(now - 10)
            a1 2 \(now - 5) \(now + 55)
            b2 3 \(now) \(now + 86_400)
            not a line
            c3 4 \(now - 1) \(now - 2)
            c3 5 \(now - 1) 18000
            """
        try Data(text.utf8).write(to: file)
        let entries = try store.entries()
        #expect(entries == [.init(owner: 0xa1, token: 2, admitted: now - 5, expires: now + 55)])
        // The file is rewritten with what survived.
        let rewritten = try String(contentsOf: file, encoding: .utf8)
        #expect(rewritten.split(separator: "\n").count == 2)
    }

    /// A file of another format is reset, and the update that found it fails: what it held is
    /// unknown, so no slot may be admitted on it.
    @Test(arguments: ["\u{0}\u{1}garbage\u{ff}", "some-other-format v9\nx 1 2 3\n"])
    func aCorruptFileIsResetAndThatUpdateFails(content: String) throws {
        let file = try Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        let store = try SharedRateLimitStore(fileURL: file)
        try Data(content.utf8).write(to: file)
        #expect(throws: SharedRateLimitStore.StoreError.self) { _ = try store.entries() }
        #expect(try String(contentsOf: file, encoding: .utf8) == "discogskit-ratelimit v1\n")
        #expect(try store.entries().isEmpty)
    }

    @Test func anEmptyFileIsANewOne() throws {
        let file = try Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        let store = try SharedRateLimitStore(fileURL: file)
        #expect(try store.entries().isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8) == "discogskit-ratelimit v1\n")
    }

    @Test func refusesAFileThatCannotBeCreated() throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("discogskit-blocker-\(UUID().uuidString)")
        try Data("x".utf8).write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        let file = blocker.appendingPathComponent("ratelimit.state")
        #expect(throws: SharedRateLimitStore.StoreError.self) { _ = try SharedRateLimitStore(fileURL: file) }
        var configuration = DiscogsClient.Configuration(userAgent: "Test/1.0")
        configuration.sharedRateLimitFile = file
        #expect {
            _ = try DiscogsClient(configuration: configuration, transport: MockTransport.ok)
        } throws: { error in
            guard case DiscogsError.invalidRequest(let reason) = error else { return false }
            return reason.contains(file.path) && reason.contains("shared rate-limit file")
        }
    }

    @Test(arguments: [
        (["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"], "https://api.discogs.com",
         "/x/cache/discogskit/ratelimit-api.discogs.com.state"),
        (["HOME": "/home/u"], "https://api.discogs.com", "/home/u/.cache/discogskit/ratelimit-api.discogs.com.state"),
        (["HOME": "/home/u", "XDG_CACHE_HOME": "relative"], "http://127.0.0.1:8080",
         "/home/u/.cache/discogskit/ratelimit-127.0.0.1_8080.state"),
    ])
    func defaultFileLivesInTheUsersCache(environment: [String: String], base: String, expected: String) {
        #expect(SharedRateLimitStore.defaultFileURL(for: URL(string: base)!, environment: environment).path == expected)
    }

    @Test func limitersInTwoProcessesShareOneWindow() async throws {
        let file = try Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        let clock = ManualClock()
        let limit = RateLimit(requests: 3, per: .seconds(10))
        let first = RateLimiter(limit: limit, clock: clock,
                                sharedStore: try SharedRateLimitStore(fileURL: file, wallClock: Self.wallClock(following: clock)))
        let second = RateLimiter(limit: limit, clock: clock,
                                 sharedStore: try SharedRateLimitStore(fileURL: file, wallClock: Self.wallClock(following: clock)))
        for _ in 0..<3 {
            await first.complete(try await first.acquire(), outcome: .response(status: 200, headers: nil))
        }
        let permit = try await ClockDriver.run(clock) { try await second.acquire() }
        // The first process's first slot expires at 10 s; the second may go then, not before.
        #expect(permit.admittedAt >= .seconds(10))
        #expect(permit.admittedAt <= .milliseconds(10_250))
    }

    @Test func aProcessThatDiesMidRequestHoldsItsSlotOnlyUntilTheAllowanceRunsOut() async throws {
        let file = try Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        let clock = ManualClock()
        let limit = RateLimit(requests: 1, per: .seconds(10))
        let dying = RateLimiter(limit: limit, clock: clock,
                                sharedStore: try SharedRateLimitStore(fileURL: file, wallClock: Self.wallClock(following: clock)),
                                inFlightAllowance: .seconds(5))
        _ = try await dying.acquire()   // in flight when the "process" dies: never completed
        let survivor = RateLimiter(limit: limit, clock: clock,
                                   sharedStore: try SharedRateLimitStore(fileURL: file, wallClock: Self.wallClock(following: clock)))
        let permit = try await ClockDriver.run(clock) { try await survivor.acquire() }
        #expect(permit.admittedAt >= .seconds(15))
        #expect(permit.admittedAt <= .milliseconds(15_250))
    }
}
