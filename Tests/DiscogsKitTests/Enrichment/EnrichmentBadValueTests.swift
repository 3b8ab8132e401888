import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

/// One bad value in Discogs' data never ends a run: a credit with `"id": 0` or a NUL in a title
/// is cleaned before it reaches the items, and an item a sink still cannot write makes its target
/// an `error` line while the run goes on (before, `SinkError.invalidItem` escaped
/// `EnrichmentJob.run` and `--resume` died at the same target again).
@Suite struct EnrichmentBadValueTests {
    /// Release 101 with a NUL in a track title and a credit whose id is 0.
    static func poisoned() throws -> FakeDiscogs {
        var json = String(decoding: try EnrichmentFixtures.data("match-101"), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"Higher\"", with: "\"Hig\\u0000her\"")
        json = json.replacingOccurrences(of: "\"extraartists\": []",
                                         with: "\"extraartists\": [{\"name\": \"Zero Id\", \"id\": 0, \"role\": \"Mastered By\"}]")
        #expect(json.contains("\\u0000") && json.contains("\"id\": 0"), "the fixture changed shape")
        let poisoned = json
        return try FakeDiscogs { request in
            request.url.path == "/releases/101" ? MockTransport.response(status: 200, json: poisoned) : nil
        }
    }

    static let targets = "artist,title\nAmelie Lens,Feel It (Original Mix)\nNina Kraviz,Acid Rain\nRodhad and Dax J,Blind Faith (Dax J Remix)\n"

    @Test func nulsAndZeroIDsAreCleanedAndTheSQLRunFinishes() async throws {
        let memory = MemoryDestination()
        let sink = try SQLSink(destination: memory)
        var options = EnrichmentJob.Options()
        options.wholeRelease = true
        let job = EnrichmentJob(matcher: try Self.poisoned().matcher(), options: options, extractor: EnrichmentFixtures.extractor)
        let unmatched = MemoryDestination()
        let summary = try await job.run(try TargetListReader.rows(in: Self.targets),
                                        outputs: .init(sink: sink, unmatched: UnmatchedWriter(destination: unmatched)))
        #expect(summary.matched == 3, "\(unmatched.text)")
        #expect(summary.errors == 0)
        #expect(memory.text.contains("'Higher'"))
        #expect(!memory.text.contains("Zero Id', 0"))
        #expect(memory.text.contains("COMMIT;"))
    }

    /// A sink that refuses every item of release 101.
    final class Refusing: ItemSink {
        let inner = InMemorySink()
        func check(_ item: ExtractedItem) async throws {
            if case .track(let track) = item, track.releaseID == 101 {
                throw SinkError.invalidItem(key: item.key, reason: "refused by the test")
            }
        }
        func write(_ item: ExtractedItem) async throws {
            try await check(item)
            try await inner.write(item)
        }
        func flush() async throws { try await inner.flush() }
        func close() async throws { try await inner.close() }
    }

    @Test func anItemNoSinkCanWriteMakesItsTargetAnErrorAndTheRunGoesOn() async throws {
        let sink = Refusing()
        let unmatched = MemoryDestination()
        let job = EnrichmentJob(matcher: try FakeDiscogs().matcher(), extractor: EnrichmentFixtures.extractor)
        let summary = try await job.run(try TargetListReader.rows(in: Self.targets),
                                        outputs: .init(sink: sink, unmatched: UnmatchedWriter(destination: unmatched)))
        #expect(summary.errors == 1)
        #expect(summary.matched == 2)
        #expect(unmatched.text.contains("refused by the test"))
        #expect(unmatched.text.contains("\"row\":2") || unmatched.text.contains("\"row\": 2"))
        // Nothing of the refused target reached the sink: no half-written match.
        #expect(sink.inner.items.allSatisfy { item in
            if case .track(let track) = item { return track.releaseID != 101 }
            return true
        })
    }
}
