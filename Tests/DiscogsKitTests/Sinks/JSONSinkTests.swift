import DiscogsKit
import Foundation
import Testing

@Suite struct JSONSinkTests {
    private let compactLines = [
        #"{"artist_name":"A\\B","catalog_number":null,"data_source":"discogs","discogs_id":7,"duration_ms":null,"external_urls":{},"genre":null,"is_live":false,"is_remix":false,"item_type":"track","metadata":{"credits":[{"artist_id":9,"name":"O'Brien","role":"Producer"}],"position":"A1","release_title":"Line1\nLine2"},"normalized_title":"say hi","record_label":null,"release_date":null,"remix_type":null,"scrape_timestamp":"2024-05-01T12:00:00Z","subgenre":null,"track_name":"Say \"Hi\", Rødhåd's 🎧"}"#,
        #"{"artist_name":"Rødhåd","bio":"It's\r\nfine","data_source":"discogs","discogs_id":5,"external_urls":{},"item_type":"artist","metadata":{},"normalized_name":"rodhad","scrape_timestamp":"2024-05-01T12:00:00Z"}"#,
        #"{"catalog_numbers":["F'1"],"data_source":"discogs","discogs_id":3,"external_urls":{},"item_type":"label","label_name":"Fig, Inc.","metadata":{},"normalized_name":"fig inc","scrape_timestamp":"2024-05-01T12:00:00Z"}"#,
    ]

    @Test func jsonLinesWritesOneCompactObjectPerLine() async throws {
        let output = try await SinkFixtures.output(of: { JSONLinesSink(destination: $0) }, items: SinkFixtures.compactItems)
        #expect(output == compactLines.map { $0 + "\n" }.joined())
    }

    @Test func jsonLinesWritesNothingForNoItems() async throws {
        #expect(try await SinkFixtures.output(of: { JSONLinesSink(destination: $0) }, items: []) == "")
    }

    @Test func jsonLinesReadsBackAsTheSameItems() async throws {
        let output = try await SinkFixtures.output(
            of: { JSONLinesSink(destination: $0) }, items: SinkFixtures.items + SinkFixtures.compactItems)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 7)
        #expect(lines.last == "")
        let decoded = try lines.dropLast().map { try JSONDecoder().decode(ExtractedItem.self, from: Data($0.utf8)) }
        #expect(decoded == SinkFixtures.items + SinkFixtures.compactItems)
    }

    @Test func jsonArrayWithNoItemsIsAnEmptyArray() async throws {
        let output = try await SinkFixtures.output(of: { JSONArraySink(destination: $0) }, items: [])
        #expect(output == "[]\n")
        #expect(try JSONDecoder().decode([ExtractedItem].self, from: Data(output.utf8)).isEmpty)
    }

    @Test func jsonArrayWithOneItemHasNoSeparator() async throws {
        let output = try await SinkFixtures.output(
            of: { JSONArraySink(destination: $0) }, items: [.label(SinkFixtures.compactLabel)])
        #expect(output == "[\n" + compactLines[2] + "\n]\n")
    }

    @Test func jsonArraySeparatesItemsWithCommas() async throws {
        let output = try await SinkFixtures.output(of: { JSONArraySink(destination: $0) }, items: SinkFixtures.compactItems)
        #expect(output == "[\n" + compactLines.joined(separator: ",\n") + "\n]\n")
    }

    @Test func jsonArrayReadsBackAsTheSameItems() async throws {
        let items = SinkFixtures.items + SinkFixtures.compactItems
        let output = try await SinkFixtures.output(of: { JSONArraySink(destination: $0) }, items: items)
        #expect(try JSONDecoder().decode([ExtractedItem].self, from: Data(output.utf8)) == items)
    }

    @Test func jsonArrayClosedTwiceEndsOnce() async throws {
        let memory = MemoryDestination()
        let sink = JSONArraySink(destination: memory)
        try await sink.write(.label(SinkFixtures.compactLabel))
        try await sink.close()
        try await sink.close()
        #expect(memory.text.hasSuffix("}\n]\n"))
        #expect(memory.text.components(separatedBy: "]\n").count == 2)
    }

    @Test func jsonArrayFlushHandsOnAnOpenArray() async throws {
        let memory = MemoryDestination()
        let sink = JSONArraySink(destination: memory)
        try await sink.write(.label(SinkFixtures.compactLabel))
        #expect(memory.text.isEmpty)
        try await sink.flush()
        #expect(memory.text == "[\n" + compactLines[2])
        #expect(memory.flushCount == 1)
    }
}
