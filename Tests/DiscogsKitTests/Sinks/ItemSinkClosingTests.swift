import DiscogsKit
import Foundation
import Testing

/// A write that fails part-way never loses what was already written: ``ItemSink/closing(_:)``
/// closes (and so flushes) the sink on the way out (before, `release --items` skipped `close()`
/// when a write threw, and the buffered output was lost).
@Suite struct ItemSinkClosingTests {
    struct Stop: Error {}

    @Test func theSinkIsClosedWhenTheBodyThrowsAndWhatWasWrittenStays() async throws {
        let memory = MemoryDestination()
        let sink = JSONLinesSink(destination: memory, bufferCapacity: 1 << 20)
        let track = ExtractedItem.label(LabelItem(name: "Tresor", normalizedName: "tresor", discogsID: 1,
                                                  catalogNumbers: [], metadata: LabelMetadata(sourceReleaseID: 1),
                                                  externalURLs: [:], scrapeTimestamp: Date(timeIntervalSince1970: 0)))
        await #expect(throws: Stop.self) {
            try await sink.closing { sink in
                try await sink.write(track)
                throw Stop()
            }
        }
        #expect(memory.text.contains("Tresor"), "the buffered line reached the destination")
        await #expect(throws: SinkError.self) { try await sink.write(track) }
    }

    @Test func keysAreWrittenOnce() {
        var written = ItemKeySet()
        let label = ExtractedItem.label(LabelItem(name: "Tresor", normalizedName: "tresor", discogsID: 1,
                                                  catalogNumbers: [], metadata: LabelMetadata(sourceReleaseID: 1),
                                                  externalURLs: [:], scrapeTimestamp: Date(timeIntervalSince1970: 0)))
        let first = written.insert(label)
        let second = written.insert(label)
        #expect(first)
        #expect(!second)
        #expect(written.contains(label))
    }
}
