import DiscogsKit
import Testing

/// No parser crashes, hangs or loses its footing on arbitrary Unicode, very long or empty input.
@Suite("Parsers on arbitrary input")
struct ParserRobustnessTests {
    /// Runs every parser on `text` and checks what must hold whatever the input.
    private static func exercise(_ text: String, positions: [String]) {
        if let milliseconds = DurationParser.milliseconds(from: text) {
            #expect(milliseconds >= 0)
            #expect(milliseconds % 1000 == 0)
        }
        if let date = PartialDateParser.parse(text) {
            #expect((1...9999).contains(date.year))
            #expect(PartialDateParser.parse(date.isoString + (date.month == nil ? "" : date.day == nil ? "-00" : "")) != nil)
        }
        let position = PositionParser.parse(text)
        #expect(position.raw == text)
        if !position.isRecognized {
            #expect(position.side == nil && position.disc == nil && position.track == nil && position.subtrack == nil)
        }
        let title = TrackTitleParser.parse(text)
        #expect(title.title == text)
        #expect(title.baseTitle.utf8.count <= text.utf8.count)
        #expect(title.versions.count == title.descriptors.filter { $0.role == .version }.count)
        #expect(!title.isRemix || !title.versions.isEmpty)
        #expect(!title.isLive || !title.versions.isEmpty)
        let range = CreditRangeParser.resolve(text, against: positions)
        #expect(range.positions.allSatisfy(positions.contains))
        #expect(range.appliesToWholeRelease || !range.positions.isEmpty || !range.issues.isEmpty)
        let plain = MarkupParser.plainText(from: text)
        #expect(!plain.contains("\r"))
        let credits = [ArtistCreditName(name: text, anv: "", join: text), ArtistCreditName(name: text)]
        _ = ArtistCreditFormatter.displayString(for: credits)
        _ = ArtistCreditFormatter.strippingDisambiguation(text)
    }

    @Test("random strings from fixed seeds", arguments: [UInt64(1), 2, 3, 42, 1_987, 65_535])
    func randomStrings(_ seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let positions = ["A1", "A2", "B1", "1", "1a", "1-01", "2.12A", ""]
        for _ in 0..<400 {
            Self.exercise(FuzzInput.string(&generator), positions: positions)
        }
    }

    @Test("empty and blank input", arguments: ["", " ", "\n", "\r\n", "\t \t", "\u{0}", "\u{FEFF}"])
    func blank(_ text: String) {
        Self.exercise(text, positions: ["A1"])
        #expect(DurationParser.milliseconds(from: text) == nil)
        #expect(PartialDateParser.parse(text) == nil)
    }

    @Test("100,000-character inputs finish", arguments: [
        String(repeating: "(", count: 100_000),
        String(repeating: "[b]", count: 33_334),
        String(repeating: "a - ", count: 25_000),
        String(repeating: "Remix ", count: 16_667),
        String(repeating: "1:", count: 50_000),
        String(repeating: "A1 to ", count: 16_667),
        String(repeating: "é", count: 100_000),
        String(repeating: "&amp", count: 25_000),
        "Song (" + String(repeating: "X ", count: 50_000) + "Remix)",
    ])
    func long(_ text: String) {
        Self.exercise(text, positions: ["A1", "A2"])
    }

    @Test("random long strings from a fixed seed")
    func randomLong() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<3 {
            Self.exercise(FuzzInput.string(&generator, maxPieces: 30_000), positions: ["A1", "B1"])
        }
    }

    @Test("the generator is deterministic")
    func deterministic() {
        var first = SeededGenerator(seed: 99)
        var second = SeededGenerator(seed: 99)
        #expect(FuzzInput.string(&first) == FuzzInput.string(&second))
        #expect(first.next() == second.next())
    }
}
