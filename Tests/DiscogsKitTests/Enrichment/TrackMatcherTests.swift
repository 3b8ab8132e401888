import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

/// The matcher against ``FakeDiscogs``: the spellings a set list uses, near misses, ambiguous
/// candidates, the fetch budget, the cache and failures. Request counts come from the mock.
@Suite struct TrackMatcherTests {
    /// The release and position a target matched, or `nil`.
    static func found(_ outcome: TrackMatcher.Outcome) -> String? {
        guard case .matched(let match) = outcome else { return nil }
        return "\(match.release.id) \(match.track.track.position ?? "")"
    }

    @Test(arguments: [
        ("Amelie Lens", "Feel It (Original Mix)", "101 A1"),             // exact
        ("Amelie Lens", "Feel It", "101 A1"),                            // without "(Original Mix)"
        ("amelie lens", "feel it (dax j remix)", "101 A2"),              // lower-cased, the remix
        ("AMELIE LENS", "HIGHER", "101 B1"),
        ("Rodhad & Dax J", "Blind Faith", "104 A1"),                     // diacritics stripped
        ("Rødhåd and Dax J", "Blind Faith (Dax J Remix)", "104 B1"),     // "and" for "&"
        ("rodhad and dax j", "blind faith", "104 A1"),
        ("Dax J & Rødhåd", "Blind Faith", "104 A1"),                     // names in another order
        ("Charlotte de Witte", "Feel It", "102 3"),                      // a compilation's own artist
        ("Amelie Lens feat. Nobody", "Higher", "101 B1"),                // a name the credit lacks
        ("Bomfunk MC’s", "Don’t Stop", "206 B1"),                        // apostrophes, typographic
        ("bomfunk mc's", "freestyler", "206 A1"),
    ])
    func findsTheTrackAsSetListsSpellIt(artist: String, title: String, expected: String) async throws {
        let fake = try FakeDiscogs()
        let outcome = try await fake.matcher().match(EnrichmentTarget(artist: artist, title: title))
        #expect(Self.found(outcome) == expected)
        #expect(fake.releaseFetches <= 2)
    }

    @Test func anExactMatchCostsOneSearchAndOneFetch() async throws {
        let fake = try FakeDiscogs()
        let outcome = try await fake.matcher().match(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It (Original Mix)"))
        guard case .matched(let match) = outcome else { Issue.record("unmatched: \(outcome)"); return }
        #expect(match.confidence == 1)
        #expect(match.reasons.contains("title matches"))
        #expect(match.reasons.contains("artist matches"))
        #expect(fake.searches == 1)
        #expect(fake.releaseFetches == 1)
        let search = try #require(fake.transport.requests.first)
        let query = URLComponents(url: search.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        #expect(query.contains(URLQueryItem(name: "artist", value: "amelie lens")))
        #expect(query.contains(URLQueryItem(name: "track", value: "feel it original mix")))
        #expect(query.contains(URLQueryItem(name: "type", value: "release")))
    }

    @Test func theOriginalSingleWinsOverTheCompilation() async throws {
        let fake = try FakeDiscogs()
        let outcome = try await fake.matcher().match(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It"))
        #expect(Self.found(outcome) == "101 A1")
        #expect(fake.fetches(of: 102) == 0)
    }

    @Test func sameTitleByAnotherArtistIsNotAMatch() async throws {
        // "charlotte" and "lens" both stand among the compilation's artists, so the search finds
        // it; no track there is by Charlotte Lens.
        let fake = try FakeDiscogs()
        let outcome = try await fake.matcher().match(EnrichmentTarget(artist: "Charlotte Lens", title: "Feel It"))
        guard case .unmatched(let reason) = outcome else { Issue.record("matched: \(outcome)"); return }
        #expect(reason.contains("below 0.60"))
        #expect(reason.contains("102"))
    }

    @Test func anArtistWithNoSuchTrackIsNotFound() async throws {
        let fake = try FakeDiscogs()
        let outcome = try await fake.matcher().match(EnrichmentTarget(artist: "Adam Beyer", title: "Feel It"))
        guard case .unmatched(let reason) = outcome else { Issue.record("matched: \(outcome)"); return }
        #expect(reason.hasPrefix("no candidate found"))
        #expect(reason.contains("artist and track (0 results)"))
        #expect(reason.contains("free text (0 results)"))
        #expect(fake.releaseFetches == 0)
    }

    @Test func aRemixIsNotTheOriginalAndTheOriginalIsNotTheRemix() async throws {
        let fake = try FakeDiscogs()
        let matcher = fake.matcher()
        #expect(Self.found(try await matcher.match(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It (Dax J Remix)"))) == "101 A2")
        #expect(Self.found(try await matcher.match(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It (Original Mix)"))) == "101 A1")
        // A remix Discogs does not have is not silently replaced by the original.
        let other = try await matcher.match(EnrichmentTarget(artist: "Rødhåd & Dax J", title: "Blind Faith (Paula Temple Remix)"))
        if case .matched(let match) = other { #expect(match.confidence < 0.95) }
    }

    @Test func catalogueNumberAndLabelSearchFirst() async throws {
        let fake = try FakeDiscogs()
        let target = EnrichmentTarget(artist: "Amelie Lens", title: "Higher", label: "Lenske", catno: "LENSKE 001")
        let outcome = try await fake.matcher().match(target)
        guard case .matched(let match) = outcome else { Issue.record("unmatched: \(outcome)"); return }
        #expect(match.release.id == 101)
        #expect(match.reasons.contains("catalogue number matches"))
        #expect(match.reasons.contains("label matches"))
        #expect(match.reasons.contains("found by catalogue number search"))
        let query = URLComponents(url: try #require(fake.transport.requests.first).url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        #expect(query.contains(URLQueryItem(name: "catno", value: "LENSKE 001")))
        #expect(query.contains(URLQueryItem(name: "label", value: "Lenske")))
        #expect(fake.searches == 1)
    }

    @Test func aWrongCatalogueNumberFallsBackToTheArtistSearch() async throws {
        let fake = try FakeDiscogs()
        let target = EnrichmentTarget(artist: "Amelie Lens", title: "Higher", catno: "NOPE 999")
        let outcome = try await fake.matcher().match(target)
        guard case .matched(let match) = outcome else { Issue.record("unmatched: \(outcome)"); return }
        #expect(match.release.id == 101)
        #expect(match.reasons.contains("catalogue number differs"))
        #expect(match.confidence < 1)
    }

    @Test(arguments: [(nil, "105 A1", 1), (302_000, "106 A1", 2), (420_000, "105 A1", 1)] as [(Int?, String, Int)])
    func durationBreaksTies(duration: Int?, expected: String, fetches: Int) async throws {
        let fake = try FakeDiscogs()
        let outcome = try await fake.matcher().match(
            EnrichmentTarget(artist: "Nina Kraviz", title: "Acid Rain", durationMilliseconds: duration))
        #expect(Self.found(outcome) == expected)
        #expect(fake.releaseFetches == fetches)
    }

    @Test(arguments: [1, 2, 3])
    func neverFetchesMoreThanTheBudget(budget: Int) async throws {
        // Four releases by the artist hold "dark" and "matter", none as one title.
        let fake = try FakeDiscogs()
        let outcome = try await fake.matcher { $0.maxReleaseFetches = budget }
            .match(EnrichmentTarget(artist: "Ida Engberg", title: "Dark Matter"))
        guard case .unmatched(let reason) = outcome else { Issue.record("matched: \(outcome)"); return }
        #expect(reason.contains("below"))
        #expect(fake.releaseFetches == budget)
        #expect(fake.searches == 1)
    }

    @Test func cachedReleasesAreNotFetchedAgain() async throws {
        let fake = try FakeDiscogs()
        let matcher = fake.matcher()
        _ = try await matcher.match(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It"))
        let second = try await matcher.match(EnrichmentTarget(artist: "Amelie Lens", title: "Higher"))
        #expect(Self.found(second) == "101 B1")
        #expect(fake.fetches(of: 101) == 1)
        #expect(fake.searches == 2)
        #expect(await matcher.cache.fetches == 1)
        #expect(await matcher.cache.hits == 1)
    }

    @Test func aWarmCacheChangesTheCostNotTheAnswer() async throws {
        let target = EnrichmentTarget(artist: "Ida Engberg", title: "Dark Matter")
        let cold = try FakeDiscogs()
        let coldOutcome = try await cold.matcher().match(target)
        let warm = try FakeDiscogs()
        let matcher = warm.matcher()
        for title in ["Dark Days", "Dark Room", "Dark Star"] { _ = try await matcher.match(EnrichmentTarget(artist: "Ida Engberg", title: title)) }
        let before = warm.releaseFetches
        let warmOutcome = try await matcher.match(target)
        #expect(warmOutcome == coldOutcome)
        #expect(warm.releaseFetches - before <= 2)
    }

    @Test func aCompilationIsConfirmedBeforeItIsFetched() async throws {
        // Four compilations have "paula", "temple" and "gegen" somewhere; one carries Paula Temple.
        let fake = try FakeDiscogs()
        let outcome = try await fake.matcher { $0.artistConfirmation = .always }
            .match(EnrichmentTarget(artist: "Paula Temple", title: "Gegen"))
        guard case .matched(let match) = outcome else { Issue.record("unmatched: \(outcome)"); return }
        #expect(match.release.id == 203)
        #expect(match.reasons.contains("artist confirmed on the release list"))
        #expect(fake.releaseFetches == 1)
        #expect(fake.count("/artists/1005/releases") == 1)
        #expect(fake.searches == 2) // the release search and the artist search
    }

    @Test func compilationsRuledOutByTheArtistsListAreNeverFetched() async throws {
        let fake = try FakeDiscogs()
        let outcome = try await fake.matcher { $0.artistConfirmation = .always }
            .match(EnrichmentTarget(artist: "Paula Temple", title: "Gegen Alles"))
        guard case .unmatched(let reason) = outcome else { Issue.record("matched: \(outcome)"); return }
        #expect(reason.contains("artist confirmed on 0 of 3 candidates"))
        #expect(fake.releaseFetches == 0)
        // The artist lookups are cached for the run.
        let again = try await fake.matcher { $0.artistConfirmation = .always }.match(EnrichmentTarget(artist: "Paula Temple", title: "Gegen"))
        #expect(Self.found(again) == "203 1")
    }

    @Test func theArtistDirectoryIsSharedAcrossTargets() async throws {
        let fake = try FakeDiscogs()
        let matcher = fake.matcher { $0.artistConfirmation = .always }
        _ = try await matcher.match(EnrichmentTarget(artist: "Paula Temple", title: "Gegen Alles"))
        _ = try await matcher.match(EnrichmentTarget(artist: "Paula Temple", title: "Gegen"))
        #expect(fake.count("/artists/1005/releases") == 1)
        #expect(await matcher.artists.lookups == 2)
    }

    @Test func aTargetWithoutWordsIsUnmatchedWithoutARequest() async throws {
        let fake = try FakeDiscogs()
        let outcome = try await fake.matcher().match(EnrichmentTarget(artist: "!!!", title: "???"))
        #expect(outcome == .unmatched("the target has no usable artist or title"))
        #expect(fake.transport.requests.isEmpty)
    }

    // MARK: - Failures

    @Test func aSearchThatIsNotFoundMeansNoResults() async throws {
        let fake = try FakeDiscogs { request in
            request.url.path == "/database/search" ? FakeDiscogs.notFound("Not found.") : nil
        }
        let outcome = try await fake.matcher().match(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It"))
        guard case .unmatched(let reason) = outcome else { Issue.record("matched: \(outcome)"); return }
        #expect(reason.hasPrefix("no candidate found"))
        #expect(fake.searches == 2) // "artist and track", then "free text"
    }

    @Test(arguments: [500, 503, 401])
    func aFailingSearchIsAnError(status: Int) async throws {
        let fake = try FakeDiscogs { request in
            request.url.path == "/database/search" ? MockTransport.response(status: status, json: MockTransport.errorBody("Boom.")) : nil
        }
        await #expect(throws: DiscogsError.self) {
            _ = try await fake.matcher().match(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It"))
        }
        #expect(fake.searches == 1)
        #expect(fake.releaseFetches == 0)
    }

    @Test func aReleaseThatIsGoneIsSkipped() async throws {
        let fake = try FakeDiscogs { request in
            request.url.path == "/releases/105" ? FakeDiscogs.notFound("Release not found.") : nil
        }
        let outcome = try await fake.matcher().match(EnrichmentTarget(artist: "Nina Kraviz", title: "Acid Rain"))
        #expect(Self.found(outcome) == "106 A1")
        #expect(fake.releaseFetches == 2)
    }

    @Test func aReleaseThatFailsIsAnError() async throws {
        let fake = try FakeDiscogs { request in
            request.url.path.hasPrefix("/releases/") ? MockTransport.response(status: 502, json: MockTransport.errorBody("Bad gateway.")) : nil
        }
        await #expect(throws: DiscogsError.self) {
            _ = try await fake.matcher().match(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It"))
        }
        // A failed fetch is not cached: the next target asks again.
        let matcher = fake.matcher()
        _ = try? await matcher.match(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It"))
        #expect(await matcher.cache.fetches == 0)
    }
}
