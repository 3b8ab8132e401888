import DiscogsKit
import Testing

@Suite("Position parser")
struct PositionParserTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let raw: String
        let form: TrackPosition.Form
        var medium: String?
        var side: String?
        var disc: Int?
        var track: Int?
        var subtrack: String?
        var testDescription: String { "“\(raw)”" }
    }

    static let rows: [Row] = [
        Row(raw: "A1", form: .side, side: "A", track: 1),
        Row(raw: "B2", form: .side, side: "B", track: 2),
        Row(raw: "A", form: .side, side: "A"),
        Row(raw: "F3", form: .side, side: "F", track: 3),
        Row(raw: "AA", form: .side, side: "AA"),
        Row(raw: "AA1", form: .side, side: "AA", track: 1),
        Row(raw: "b2", form: .side, side: "B", track: 2),
        Row(raw: "a", form: .side, side: "A"),
        Row(raw: "A1a", form: .side, side: "A", track: 1, subtrack: "a"),
        Row(raw: "B4.1", form: .side, side: "B", track: 4, subtrack: "1"),
        Row(raw: "A10", form: .side, side: "A", track: 10),
        Row(raw: "1", form: .number, track: 1),
        Row(raw: "11", form: .number, track: 11),
        Row(raw: "1.", form: .number, track: 1),
        Row(raw: "12.", form: .number, track: 12),
        Row(raw: "5a", form: .number, track: 5, subtrack: "a"),
        Row(raw: "17b", form: .number, track: 17, subtrack: "b"),
        Row(raw: " 7 ", form: .number, track: 7),
        Row(raw: "1-3", form: .discTrack, disc: 1, track: 3),
        Row(raw: "1-01", form: .discTrack, disc: 1, track: 1),
        Row(raw: "10-11", form: .discTrack, disc: 10, track: 11),
        Row(raw: "CD2-4", form: .discTrack, medium: "CD", disc: 2, track: 4),
        Row(raw: "DVD1-1", form: .discTrack, medium: "DVD", disc: 1, track: 1),
        Row(raw: "1-3a", form: .discTrack, disc: 1, track: 3, subtrack: "a"),
        Row(raw: "2-A1", form: .discTrack, side: "A", disc: 2, track: 1),
        Row(raw: "1.01", form: .dotted),
        Row(raw: "3.1", form: .dotted),
        Row(raw: "2.12A", form: .dotted),
        Row(raw: "", form: .empty),
        Row(raw: "  ", form: .empty),
        Row(raw: "Video", form: .unrecognized),
        Row(raw: "CD", form: .unrecognized),
        Row(raw: "AB1", form: .unrecognized),
        Row(raw: "1/2", form: .unrecognized),
        Row(raw: "-1", form: .unrecognized),
        Row(raw: "1-", form: .unrecognized),
        Row(raw: "A-1", form: .unrecognized),
        Row(raw: "A4-A9", form: .unrecognized),
        Row(raw: "LP2-B3", form: .discTrack, medium: "LP", side: "B", disc: 2, track: 3),
        Row(raw: "1abc", form: .unrecognized),
        Row(raw: "Bonus", form: .unrecognized),
        Row(raw: "½", form: .unrecognized),
    ]

    @Test("forms", arguments: rows)
    func form(_ row: Row) {
        let position = PositionParser.parse(row.raw)
        #expect(position.raw == row.raw)
        #expect(position.form == row.form)
        #expect(position.medium == row.medium)
        #expect(position.side == row.side)
        #expect(position.disc == row.disc)
        #expect(position.track == row.track)
        #expect(position.subtrack == row.subtrack)
        #expect(position.isRecognized == (row.form != .empty && row.form != .unrecognized))
    }

    @Test("dotted forms describe their numbers and leave the reading to the caller")
    func dottedNumbers() throws {
        let dotted = try #require(PositionParser.parse("2.12A").dotted)
        #expect(dotted.major == 2)
        #expect(dotted.minor == 12)
        #expect(dotted.minorText == "12")
        #expect(dotted.suffix == "A")
        #expect(PositionParser.parse("1.01").dotted?.minorText == "01")
        #expect(PositionParser.parse("A1").dotted == nil)
    }

    @Test("a dotted form is disc.track on a multi-disc release")
    func dottedOnTwoDiscs() {
        let position = PositionParser.parse("2.12A").resolved(formatQuantity: 2)
        #expect(position.disc == 2)
        #expect(position.track == 12)
        #expect(position.subtrack == "A")
    }

    @Test("a dotted form is a medley or index part on a single disc")
    func dottedOnOneDisc() {
        let medley = PositionParser.parse("35.03").resolved(formatQuantity: 1)
        #expect(medley.disc == nil)
        #expect(medley.track == 35)
        #expect(medley.subtrack == "03")
        let index = PositionParser.parse("3.1").reading(.trackPart)
        #expect(index.track == 3)
        #expect(index.subtrack == "1")
    }

    @Test("a tracklist's dotted forms are resolved one way for all")
    func resolveWholeTracklist() {
        // Trance Nation Four, 2xCD: 1.01 … 2.17 are disc.track.
        let twoCD = PositionParser.resolveDotted(["1.01", "1.20", "2.01", "2.12A", "2.12B"].map(PositionParser.parse),
                                                 formatQuantity: 2)
        #expect(twoCD.map(\.disc) == [1, 1, 2, 2, 2])
        #expect(twoCD.map(\.track) == [1, 20, 1, 12, 12])
        // An unofficial 1xCD mix: 1.01 … 44.02 are medley parts, mixed with plain numbers.
        let oneCD = PositionParser.resolveDotted(["1.01", "1.02", "6", "35.03"].map(PositionParser.parse),
                                                 formatQuantity: 1)
        #expect(oneCD.map(\.disc) == [nil, nil, nil, nil])
        #expect(oneCD.map(\.track) == [1, 1, 6, 35])
        #expect(oneCD.map(\.subtrack) == ["01", "02", nil, "03"])
        // A 2xCD whose dotted majors go past 2 cannot be disc.track.
        let mixed = PositionParser.resolveDotted(["1.1", "3.1"].map(PositionParser.parse), formatQuantity: 2)
        #expect(mixed.map(\.track) == [1, 3])
    }

    @Test("non-dotted positions pass through a resolution unchanged")
    func resolutionKeepsOtherForms() {
        let position = PositionParser.parse("1-03")
        #expect(position.resolved(formatQuantity: 2) == position)
        #expect(position.reading(.trackPart) == position)
    }
}
