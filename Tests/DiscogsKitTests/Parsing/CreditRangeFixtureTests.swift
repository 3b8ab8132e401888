import DiscogsKit
import Testing

/// The recorded releases in `../shared/fixtures/discogs` (skipped when absent): every
/// release-level credit's `tracks` spec must resolve against the release's own tracklist.
@Suite("Credit ranges of real releases",
       .enabled(if: ParsingFixtures.present, "../shared/fixtures/discogs is not next to the package"))
struct CreditRangeFixtureTests {
    @Test("every credit spec resolves without issues", arguments: ["374278", "4139588", "4273080", "9536040", "3151795"])
    func resolves(_ id: String) throws {
        let release = try ParsingFixtures.release(id)
        let parser = CreditRangeParser(positions: ParsingFixtures.positions(release["tracklist"]))
        let credits = release["extraartists"] as? [[String: Any]] ?? []
        let specs = credits.compactMap { $0["tracks"] as? String }.filter { !$0.isEmpty }
        #expect(!specs.isEmpty)
        for spec in specs {
            let range = parser.resolve(spec)
            #expect(range.issues.isEmpty, "\(id): \(range.issues)")
            #expect(!range.positions.isEmpty, "\(id): “\(spec)” resolved to nothing")
        }
    }

    @Test("Atom Heart Mother's doubled-space spec covers both suites and track 4")
    func atomHeartMother() throws {
        let release = try ParsingFixtures.release("374278")
        let range = CreditRangeParser.resolve("1a to 1f, 4,  5a to 5c",
                                              against: ParsingFixtures.positions(release["tracklist"]))
        #expect(range.positions == ["1a", "1b", "1c", "1d", "1e", "1f", "4", "5a", "5b", "5c"])
    }

    @Test("every real position parses to a recognised form", arguments: ["1", "121788", "1287017", "13835", "3151795",
                                                                        "3446241", "374278", "5984091", "9536040"])
    func positionsParse(_ id: String) throws {
        let release = try ParsingFixtures.release(id)
        for raw in ParsingFixtures.positions(release["tracklist"]) {
            #expect(PositionParser.parse(raw).isRecognized, "\(id): \(raw)")
        }
    }

    @Test("every real duration is well formed or empty", arguments: ["3151795", "3446241", "9536040", "13835"])
    func durationsParse(_ id: String) throws {
        let release = try ParsingFixtures.release(id)
        var stack = release["tracklist"] as? [[String: Any]] ?? []
        while let track = stack.popLast() {
            stack += track["sub_tracks"] as? [[String: Any]] ?? []
            guard let duration = track["duration"] as? String, !duration.isEmpty else { continue }
            #expect(DurationParser.milliseconds(from: duration) != nil, "\(id): \(duration)")
        }
    }
}
