import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

/// Windows of targets sharing their fetches, and the artist-confirmation policies, against
/// ``FakeDiscogs``.
@Suite struct TrackMatcherWindowTests {
    static func found(_ result: Result<TrackMatcher.Outcome, any Error>) -> String? {
        guard case .success(let outcome) = result else { return nil }
        return TrackMatcherTests.found(outcome)
    }

    /// "What Matter" searches answer 112 before 113, so alone with one fetch it misses 113.
    static func whatMatterFirstFinds112(_ request: HTTPRequest) -> HTTPResponse? {
        let query = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        guard request.url.path == "/database/search", query.contains(URLQueryItem(name: "track", value: "what matter")) else { return nil }
        return FakeDiscogs.page([112, 113].map { #"{"id": \#($0), "type": "release", "title": "Ida Engberg - Days", "format": ["Vinyl"]}"# },
                                key: "results")
    }

    @Test func aTargetExaminesWhatItsWindowFetchedWithoutSpendingItsBudget() async throws {
        let alone = try FakeDiscogs(override: Self.whatMatterFirstFinds112)
        let single = try await alone.matcher { $0.maxReleaseFetches = 1 }.match(EnrichmentTarget(artist: "Ida Engberg", title: "What Matter"))
        #expect(TrackMatcherTests.found(single) == nil)

        let fake = try FakeDiscogs(override: Self.whatMatterFirstFinds112)
        let targets = [EnrichmentTarget(artist: "Ida Engberg", title: "Dark Days"), EnrichmentTarget(artist: "Ida Engberg", title: "What Matter")]
        let results = try await fake.matcher { $0.maxReleaseFetches = 1 }.match(targets)
        #expect(results.map(Self.found) == ["113 A1", "113 B1"])
        #expect(fake.releaseFetches == 2) // 113 for the first, 112 for the second; 113 again for none
        #expect(fake.fetches(of: 113) == 1)
        guard case .success(.matched(let match)) = results[1] else { return }
        #expect(match.reasons.contains("examined 2 candidate releases"))
    }

    @Test func eachTargetIsReportedOnceAsSoonAsItIsDone() async throws {
        let fake = try FakeDiscogs()
        let targets = [EnrichmentTarget(artist: "Amelie Lens", title: "Feel It"), EnrichmentTarget(artist: "!!!", title: "???"),
                       EnrichmentTarget(artist: "Ida Engberg", title: "Dark Matter"), EnrichmentTarget(artist: "Amelie Lens", title: "Higher")]
        let reported = Mutex<[Int]>([])
        let results = try await fake.matcher().match(targets, concurrency: 2) { index, _ in reported.withLock { $0.append(index) } }
        #expect(reported.withLock { $0 }.sorted() == [0, 1, 2, 3])
        #expect(reported.withLock { $0 }.first == 1) // unusable: done before any request
        #expect(results.map(Self.found) == ["101 A1", nil, nil, "101 B1"])
        #expect(fake.fetches(of: 101) == 1)
    }

    @Test(arguments: [1, 3, 8])
    func aWindowDecidesTheSameAtAnyConcurrency(concurrency: Int) async throws {
        let targets = [EnrichmentTarget(artist: "Ida Engberg", title: "Dark Matter"), EnrichmentTarget(artist: "Ida Engberg", title: "Dark Room"),
                       EnrichmentTarget(artist: "Paula Temple", title: "Gegen"), EnrichmentTarget(artist: "Nina Kraviz", title: "Acid Rain"),
                       EnrichmentTarget(artist: "Ida Engberg", title: "Grey Matter")]
        let reference = try await FakeDiscogs().matcher().match(targets, concurrency: 1).map { try $0.get() }
        let fake = try FakeDiscogs()
        let results = try await fake.matcher().match(targets, concurrency: concurrency).map { try $0.get() }
        #expect(results == reference)
    }

    @Test func aFailedFetchFailsOnlyTheTargetsThatWantedIt() async throws {
        let fake = try FakeDiscogs { request in
            request.url.path == "/releases/105" ? MockTransport.response(status: 500, json: MockTransport.errorBody("Boom.")) : nil
        }
        let results = try await fake.matcher().match([EnrichmentTarget(artist: "Nina Kraviz", title: "Acid Rain"),
                                                      EnrichmentTarget(artist: "Amelie Lens", title: "Higher")])
        guard case .failure(let error) = results[0] else { Issue.record("not a failure: \(results[0])"); return }
        #expect(error is DiscogsError)
        #expect(Self.found(results[1]) == "101 B1")
    }

    @Test func cancellingAWindowReportsNothingMore() async throws {
        let fake = try FakeDiscogs()
        let reported = Mutex(0)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await fake.matcher().match([EnrichmentTarget(artist: "Amelie Lens", title: "Feel It")]) { _, _ in reported.withLock { $0 += 1 } }
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(reported.withLock { $0 } == 0)
    }

    // MARK: - Confirming compilations

    /// Paula Temple's own 205 holds "Gegen Den Strom", so it ranks first for "Gegen" and gives
    /// her id; four compilations follow, one (203) with her track.
    @Test(arguments: [
        (TrackMatcher.Options.ArtistConfirmation.never, nil, 0, 0),
        (.whenArtistKnown, "203 1", 0, 1),
        (.always, "203 1", 0, 1),
    ] as [(TrackMatcher.Options.ArtistConfirmation, String?, Int, Int)])
    func confirmation(policy: TrackMatcher.Options.ArtistConfirmation, expected: String?, artistSearches: Int, artistLists: Int) async throws {
        let fake = try FakeDiscogs(ids: FakeDiscogs.fixtureIDs + [205])
        let outcome = try await fake.matcher { $0.artistConfirmation = policy }.match(EnrichmentTarget(artist: "Paula Temple", title: "Gegen"))
        #expect(TrackMatcherTests.found(outcome) == expected)
        #expect(fake.releaseFetches == 2)
        #expect(fake.fetches(of: 205) == 1)
        let artistSearchCount = fake.transport.requests.filter { $0.url.query?.contains("type=artist") == true }.count
        #expect(artistSearchCount == artistSearches)
        #expect(fake.count("/artists/1005/releases") == artistLists)
    }

    @Test func whenTheArtistIsNotKnownYetNothingIsLookedUp() async throws {
        let fake = try FakeDiscogs()
        let outcome = try await fake.matcher().match(EnrichmentTarget(artist: "Paula Temple", title: "Gegen"))
        #expect(fake.count("/artists/") == 0)
        #expect(fake.transport.requests.allSatisfy { $0.url.query?.contains("type=artist") != true })
        #expect(fake.releaseFetches == 2)
        // 201 and 202 come first in the search and hold the words on other artists' tracks.
        #expect(TrackMatcherTests.found(outcome) == nil)
    }
}
