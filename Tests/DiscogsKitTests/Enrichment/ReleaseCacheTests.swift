import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

/// The run's release cache and artist directory: one request per release or artist, however
/// many ask, with older releases spilled to disk.
@Suite struct ReleaseCacheTests {
    /// Counts calls from any task.
    final class Calls: Sendable {
        let ids = Mutex<[Int]>([])
        func record(_ id: Int) { ids.withLock { $0.append(id) } }
        var all: [Int] { ids.withLock { $0 } }
    }

    static func release(_ id: Int) -> Release {
        Release(id: id, title: "R\(id)", year: 2000 + id, artists: [ArtistCredit(name: "A", id: 1)],
                tracklist: [Track(position: "A1", title: "T\(id)", duration: "5:00")])
    }

    @Test func olderReleasesSpillToDiskAndComeBackWithoutAFetch() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("release-cache-\(UUID().uuidString)")
        let cache = ReleaseCache(memoryCapacity: 1, spillDirectory: folder)
        let fetched = Calls()
        let fetch: @Sendable (Int) async throws -> Release = { id in
            fetched.record(id)
            return Self.release(id)
        }
        _ = try await cache.release(1, fetch: fetch)
        _ = try await cache.release(2, fetch: fetch) // 1 is spilled
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("release-1.json").path))
        #expect(await cache.contains(1))
        let again = try await cache.release(1, fetch: fetch)
        #expect(again == Self.release(1))
        #expect(fetched.all == [1, 2])
        #expect(await cache.fetches == 2)
        #expect(await cache.hits == 1)
    }

    @Test func concurrentRequestsShareOneFetch() async throws {
        let cache = ReleaseCache()
        let calls = Calls()
        try await withThrowingTaskGroup(of: Release.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try await cache.release(7) { id in
                        calls.record(id)
                        try await Task.sleep(for: .milliseconds(20))
                        return Self.release(id)
                    }
                }
            }
            for try await release in group { #expect(release.id == 7) }
        }
        #expect(calls.all == [7])
    }

    @Test func aFailedFetchIsNotCached() async throws {
        let cache = ReleaseCache()
        await #expect(throws: DiscogsError.self) {
            _ = try await cache.release(3) { _ in
                throw DiscogsError.notFound(HTTPFailure(status: 404, message: "Release not found.", request: "GET /releases/3"))
            }
        }
        #expect(await cache.contains(3) == false)
        #expect(try await cache.release(3) { Self.release($0) }.id == 3)
    }

    @Test func artistLookupsAreCachedAndAMissingArtistRulesNothingOut() async throws {
        let fake = try FakeDiscogs { request in
            request.url.path == "/artists/2001/releases" ? FakeDiscogs.notFound("Artist not found.") : nil
        }
        let directory = ArtistDirectory()
        #expect(try await directory.artistIDs(named: "paula temple", client: fake.client) == [1005])
        #expect(try await directory.artistIDs(named: "paula temple", client: fake.client) == [1005])
        let found = try await directory.appearances(of: 1005, client: fake.client)
        #expect(found.releaseIDs == [203])
        #expect(found.isComplete)
        let missing = try await directory.appearances(of: 2001, client: fake.client)
        #expect(missing.releaseIDs.isEmpty)
        #expect(!missing.isComplete)
        #expect(fake.searches == 1)
        #expect(await directory.lookups == 3)
    }
}
