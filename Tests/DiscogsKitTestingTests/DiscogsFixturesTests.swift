import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

@Suite struct DiscogsFixturesTests {
    @Test func theCompilationDecodesAndExtracts() throws {
        let release = try DiscogsFixtures.compilation()
        #expect(release.id == DiscogsFixtures.compilationID)
        let items = ReleaseExtractor().extract(release)
        #expect(items.tracks.map(\.artistName) == ["Amelie Lens", "Rødhåd & Dax J", "Charlotte de Witte", "Kölsch"])
        #expect(items.tracks.map(\.isRemix) == [false, true, false, false])
        #expect(items.tracks.map(\.isLive) == [false, false, false, true])
        #expect(items.tracks.first?.metadata.section == "CD1 - Warm Up")
        #expect(items.issues.isEmpty)
    }

    @Test func theTransportServesAClientEndToEnd() async throws {
        var configuration = DiscogsClient.Configuration(userAgent: "KitTests/1.0", credentials: .token("t"))
        configuration.retryPolicy = .none
        let client = try DiscogsClient(configuration: configuration, transport: DiscogsFixtures.transport())
        let page = try await client.search(SearchQuery(artist: "Amelie Lens", track: "Feel It"))
        #expect(page.items.map(\.id) == [DiscogsFixtures.compilationID])
        let match = try await TrackMatcher(client: client).match(EnrichmentTarget(artist: "Amelie Lens", title: "Feel It"))
        guard case .matched(let found) = match else {
            Issue.record("expected a match, got \(match)")
            return
        }
        #expect(found.track.track.position == "1-1")
        await #expect(throws: DiscogsError.self) { try await client.release(1) }
    }
}
