import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

/// The batch job over ``FakeDiscogs``: every row accounted for, order, de-duplication and the
/// whole-release mode. Resuming is in ``EnrichmentResumeTests``.
@Suite struct EnrichmentJobTests {
    /// Rows 2…9: a match, a bad row, a near miss, the same release again, a failing search, a
    /// second artist, the first target again, and a compilation track.
    static let targets = """
    artist,title,duration
    Amelie Lens,Feel It,
    Nobody,,
    Charlotte Lens,Feel It,
    amelie lens,higher,
    Nina Kraviz,Acid Rain,
    Rodhad and Dax J,Blind Faith (Dax J Remix),
    Amelie Lens,Feel It (Original Mix),
    Charlotte de Witte,Feel It,5:55
    """

    /// A fake whose searches for Nina Kraviz fail with a server error.
    static func fake() throws -> FakeDiscogs {
        try FakeDiscogs { request in
            let query = request.url.query ?? ""
            return query.contains("nina") ? MockTransport.response(status: 500, json: MockTransport.errorBody("Boom.")) : nil
        }
    }

    static func run(wholeRelease: Bool = false, concurrency: Int = 4) async throws
        -> (sink: InMemorySink, unmatched: [UnmatchedTarget], summary: EnrichmentSummary) {
        let rows = try TargetListReader.rows(in: targets)
        let sink = InMemorySink()
        let memory = MemoryDestination()
        var options = EnrichmentJob.Options()
        options.wholeRelease = wholeRelease
        options.concurrency = concurrency
        let job = EnrichmentJob(matcher: try fake().matcher(), options: options, extractor: EnrichmentFixtures.extractor)
        let summary = try await job.run(rows, outputs: .init(sink: sink, unmatched: UnmatchedWriter(destination: memory)))
        let unmatched = try memory.text.split(separator: "\n").map { try JSONDecoder().decode(UnmatchedTarget.self, from: Data($0.utf8)) }
        return (sink, unmatched, summary)
    }

    @Test(arguments: [1, 4])
    func everyRowEndsAsItemsOrAsAnUnmatchedLine(concurrency: Int) async throws {
        let (sink, unmatched, summary) = try await Self.run(concurrency: concurrency)
        let matchedRows = sink.tracks.compactMap(\.metadata.targetRow)
        let unmatchedRows = unmatched.map(\.row)
        #expect(Set(matchedRows).union(unmatchedRows) == Set(2...9))
        #expect(Set(matchedRows).isDisjoint(with: unmatchedRows))
        #expect(matchedRows == [2, 5, 7, 8, 9])
        #expect(unmatched.map { "\($0.row) \($0.kind.rawValue)" } == ["3 bad_row", "4 unmatched", "6 error"])
        #expect(unmatched[0].reason == "no title")
        #expect(unmatched[1].reason.contains("below 0.60"))
        #expect(unmatched[1].artist == "Charlotte Lens")
        #expect(unmatched[2].reason.contains("500") || unmatched[2].reason.lowercased().contains("server"))
        #expect(summary.targets == 8)
        #expect(summary.matched == 5)
        #expect(summary.unmatched == 1)
        #expect(summary.badRows == 1)
        #expect(summary.errors == 1)
        #expect(summary.done == 8)
        #expect(sink.isClosed)
    }

    @Test func theMatchedTracksCarryTheirRowAndConfidence() async throws {
        let (sink, _, _) = try await Self.run()
        let positions = sink.tracks.map { "\($0.metadata.targetRow ?? 0) \($0.releaseID) \($0.metadata.position ?? "")" }
        #expect(positions == ["2 101 A1", "5 101 B1", "7 104 B1", "8 101 A1", "9 102 3"])
        #expect(sink.tracks.allSatisfy { ($0.metadata.matchConfidence ?? 0) >= 0.6 && !($0.metadata.matchReasons ?? []).isEmpty })
        #expect(sink.tracks.first?.metadata.matchConfidence == 1)
    }

    @Test func artistsAndLabelsAreWrittenOncePerRun() async throws {
        let (sink, _, summary) = try await Self.run()
        let keys = sink.items.filter { $0.kind != .track }.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(Set(sink.labels.compactMap(\.discogsID)).count == 3) // Lenske, Figure, Summer Comps
        #expect(sink.artists.contains { $0.discogsID == 1002 }) // Dax J, the remixer
        #expect(summary.artistsWritten == sink.artists.count)
        #expect(summary.labelsWritten == sink.labels.count)
        #expect(summary.tracksWritten == sink.tracks.count)
        // Artists and labels follow the track that first refers to them.
        #expect(sink.items.first?.kind == .track)
        let lenske = try #require(sink.items.firstIndex { $0.key == "label:601" })
        let blindFaith = try #require(sink.items.firstIndex { $0.key == "track:104:B1" })
        let figure = try #require(sink.items.firstIndex { $0.key == "label:604" })
        #expect(lenske < blindFaith && blindFaith < figure)
    }

    @Test func wholeReleaseWritesEveryTrackOfEachMatchedReleaseOnce() async throws {
        let (sink, _, _) = try await Self.run(wholeRelease: true)
        let keys = sink.tracks.map(\.itemKey)
        // Release 101's three tracks, 104's two, 102's four; a target's own track again carries its row.
        #expect(Set(keys) == ["101:A1", "101:A2", "101:B1", "104:A1", "104:B1", "102:1", "102:2", "102:3", "102:4"])
        let rows = sink.tracks.compactMap { track in track.metadata.targetRow.map { "\($0) \(track.itemKey)" } }
        #expect(rows == ["2 101:A1", "5 101:B1", "7 104:B1", "8 101:A1", "9 102:3"])
        #expect(sink.tracks.filter { $0.metadata.targetRow == nil }.map(\.itemKey)
                == ["101:A2", "101:B1", "104:A1", "102:1", "102:2", "102:4"])
        #expect(Set(sink.artists.map(\.itemKey)).count == sink.artists.count)
    }

    @Test func theOutputIsTheSameAtAnyConcurrency() async throws {
        let one = try await Self.run(concurrency: 1)
        let many = try await Self.run(concurrency: 8)
        #expect(one.sink.items == many.sink.items)
        #expect(one.unmatched == many.unmatched)
    }

    @Test func progressIsReportedAfterEveryRow() async throws {
        let rows = try TargetListReader.rows(in: Self.targets)
        let seen = Mutex<[Int]>([])
        let job = EnrichmentJob(matcher: try Self.fake().matcher(), extractor: EnrichmentFixtures.extractor)
        _ = try await job.run(rows, outputs: .init(sink: InMemorySink(), unmatched: UnmatchedWriter(destination: MemoryDestination()))) { progress in
            #expect(progress.total == 8)
            seen.withLock { $0.append(progress.summary.done) }
        }
        #expect(seen.withLock { $0 } == Array(1...8))
    }
}
