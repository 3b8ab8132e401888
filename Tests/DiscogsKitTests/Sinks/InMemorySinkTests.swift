import DiscogsKit
import Testing

@Suite struct InMemorySinkTests {
    @Test func keepsItemsInOrderByKind() async throws {
        let sink = InMemorySink()
        try await sink.write(contentsOf: SinkFixtures.items + [.track(SinkFixtures.plainTrack)])
        try await sink.flush()
        #expect(sink.items == SinkFixtures.items + [.track(SinkFixtures.plainTrack)])
        #expect(sink.tracks == [SinkFixtures.track, SinkFixtures.plainTrack])
        #expect(sink.artists == [SinkFixtures.artist])
        #expect(sink.labels == [SinkFixtures.label])
        #expect(sink.flushCount == 1)
        #expect(!sink.isClosed)
        try await sink.close()
        #expect(sink.isClosed)
        #expect(sink.items.count == 4)
    }

    @Test func refusesBadItemsAndWritesAfterClose() async throws {
        let sink = InMemorySink()
        var track = SinkFixtures.plainTrack
        track.durationMilliseconds = -1
        await #expect(throws: SinkError.invalidItem(key: "track:42:~Untitled", reason: "duration_ms must not be negative, not -1")) {
            try await sink.write(.track(track))
        }
        try await sink.close()
        await #expect(throws: SinkError.closed(sink: "InMemorySink")) { try await sink.write(.track(SinkFixtures.plainTrack)) }
        #expect(sink.items.isEmpty)
    }

    @Test func servesAsAnyItemSink() async throws {
        let memory = InMemorySink()
        let sinks: [any ItemSink] = [memory, JSONLinesSink(destination: MemoryDestination())]
        for sink in sinks { try await sink.write(.artist(SinkFixtures.artist)) }
        #expect(memory.artists.first?.name == "Rødhåd")
    }
}
