import DiscogsKit
import Foundation
import Testing

/// Behaviour every file sink shares: buffering, flushing, closing, refusing bad items, failing loudly.
@Suite struct SinkLifecycleTests {
    @Test(arguments: ItemSinkFormat.allCases)
    func writesAreBufferedUntilFlush(format: ItemSinkFormat) async throws {
        let destination = RecordingDestination()
        let sink = try AnySink.make(format, destination)
        try await sink.write(.track(SinkFixtures.track))
        #expect(destination.chunks.isEmpty)
        try await sink.flush()
        #expect(destination.chunks.count == 1)
        #expect(destination.text.contains("Rødhåd"))
        try await sink.close()
        #expect(destination.closeCount == 1)
    }

    @Test(arguments: ItemSinkFormat.allCases)
    func outputIsHandedOnInBoundedChunksAsItemsPass(format: ItemSinkFormat) async throws {
        let destination = RecordingDestination()
        let capacity = 4_096
        let sink = try AnySink.make(format, destination, capacity: capacity)
        for index in 1...500 {
            var track = SinkFixtures.track
            track.metadata.position = "A\(index)"
            try await sink.write(.track(track))
        }
        let handedOnBeforeClose = destination.chunks.count
        try await sink.close()
        #expect(handedOnBeforeClose > 50)
        let largestItem = 3_000
        #expect(destination.chunks.allSatisfy { $0.count < capacity + largestItem })
        #expect(destination.text.contains("A500"))
        #expect(destination.text.contains("A1"))
    }

    @Test(arguments: ItemSinkFormat.allCases)
    func writingAfterCloseIsRefused(format: ItemSinkFormat) async throws {
        let sink = try AnySink.make(format, MemoryDestination())
        try await sink.close()
        await #expect(throws: SinkError.closed(sink: AnySink.name(format))) {
            try await sink.write(.track(SinkFixtures.plainTrack))
        }
        await #expect(throws: SinkError.closed(sink: AnySink.name(format))) { try await sink.flush() }
    }

    @Test(arguments: ItemSinkFormat.allCases)
    func closingTwiceChangesNothing(format: ItemSinkFormat) async throws {
        let destination = RecordingDestination()
        let sink = try AnySink.make(format, destination)
        try await sink.write(.artist(SinkFixtures.artist))
        try await sink.close()
        let text = destination.text
        try await sink.close()
        #expect(destination.text == text)
        #expect(destination.closeCount == 1)
    }

    @Test(arguments: ItemSinkFormat.allCases)
    func outOfRangeValuesAreRefusedNamingTheItem(format: ItemSinkFormat) async throws {
        let memory = MemoryDestination()
        let sink = try AnySink.make(format, memory)
        var track = SinkFixtures.compactTrack
        track.metadata.matchConfidence = 1.5
        await #expect(throws: SinkError.invalidItem(
            key: "track:7:A1", reason: "metadata.match_confidence must be within 0…1, not 1.5")) {
            try await sink.write(.track(track))
        }
        track.metadata.matchConfidence = .nan
        await #expect(throws: SinkError.self) { try await sink.write(.track(track)) }
        let artist = ArtistItem(name: "X", normalizedName: "x", discogsID: -3)
        await #expect(throws: SinkError.invalidItem(
            key: "artist:-3", reason: "discogs_id must be a positive artist id, not -3")) {
            try await sink.write(.artist(artist))
        }
        try await sink.write(.track(SinkFixtures.compactTrack))
        try await sink.close()
        #expect(!memory.text.contains("1.5"))
        #expect(memory.text.contains("say hi"))
    }

    @Test(arguments: ItemSinkFormat.allCases)
    func aDestinationFailureIsReportedAndStopsLaterWrites(format: ItemSinkFormat) async throws {
        let destination = RecordingDestination(failingWrites: true)
        let sink = try AnySink.make(format, destination, capacity: 1)
        let failure = SinkError.writeFailed(destination: "test disk", reason: "No space left on device")
        await #expect(throws: failure) { try await sink.write(.track(SinkFixtures.plainTrack)) }
        await #expect(throws: failure) { try await sink.write(.track(SinkFixtures.plainTrack)) }
        await #expect(throws: failure) { try await sink.close() }
        #expect(destination.closeCount == 1)
    }

    @Test func errorsReadAsSentences() {
        #expect(SinkError.closed(sink: "CSVSink").description
            == "CSVSink was already closed; create a new sink to write more items")
        #expect(SinkError.cannotOpen(path: "/x/out.csv", reason: "No such file or directory").description
            == "cannot open /x/out.csv for writing: No such file or directory")
        #expect(SinkError.invalidItem(key: "track:1:A1", reason: "duration_ms must not be negative, not -1").description
            == "cannot write track:1:A1: duration_ms must not be negative, not -1")
    }

    @Test(arguments: [("jsonl", ItemSinkFormat.jsonLines), ("JSON", .jsonArray), ("csv", .csv), ("Sql", .sql)])
    func formatsAreFoundByName(name: String, format: ItemSinkFormat) throws {
        #expect(try ItemSinkFormat(name: name) == format)
    }

    @Test func anUnknownFormatNameListsTheKnownOnes() {
        #expect(throws: SinkError.invalidConfiguration("unknown format \"xml\"; expected one of jsonl, json, csv, sql")) {
            try ItemSinkFormat(name: "xml")
        }
    }

    @Test(arguments: ItemSinkFormat.allCases)
    func formatsMakeTheirSink(format: ItemSinkFormat) async throws {
        let memory = MemoryDestination()
        let sink = try format.makeSink(destination: memory)
        try await sink.write(.label(SinkFixtures.compactLabel))
        try await sink.close()
        let expected = try await SinkFixtures.output(of: { try AnySink.make(format, $0) }, items: [.label(SinkFixtures.compactLabel)])
        #expect(memory.text == expected)
    }
}
