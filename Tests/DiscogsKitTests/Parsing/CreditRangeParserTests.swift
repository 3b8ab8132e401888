import DiscogsKit
import Testing

@Suite("Credit range parser")
struct CreditRangeParserTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let spec: String
        let tracklist: [String]
        let expected: [String]
        var testDescription: String { "“\(spec)”" }
    }

    static let darkSide = ["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5"]
    static let atomHeart = ["1a", "1b", "1c", "1d", "1e", "1f", "2", "3", "4", "5a", "5b", "5c"]
    static let stockholm = ["A", "B1", "B2", "C1", "C2", "D"]
    static let discs = ["1-01", "1-02", "1-03", "1-28", "2-01", "2-26", "3-01"]
    static let busoni = ["1", "2", "3.1", "3.2", "3.3", "3.4", "4", "5"]
    static let satie = ["5-33", "5-34", "5-35", "5-39", "5-40", "7-6", "7-7", "7-8", "7-48", "8-1"]

    static let rows: [Row] = [
        Row(spec: "A1 to A3", tracklist: darkSide, expected: ["A1", "A2", "A3"]),
        Row(spec: "A1, B2", tracklist: darkSide, expected: ["A1", "B2"]),
        Row(spec: "B2, A1", tracklist: darkSide, expected: ["A1", "B2"]),
        Row(spec: "A4 to B2", tracklist: darkSide, expected: ["A4", "A5", "B1", "B2"]),
        Row(spec: "A2 to A4, B1, B2, B4, B5", tracklist: darkSide, expected: ["A2", "A3", "A4", "B1", "B2", "B4", "B5"]),
        Row(spec: "A", tracklist: darkSide, expected: ["A1", "A2", "A3", "A4", "A5"]),
        Row(spec: "A", tracklist: stockholm, expected: ["A"]),
        Row(spec: "B", tracklist: stockholm, expected: ["B1", "B2"]),
        Row(spec: "A1-A3", tracklist: darkSide, expected: ["A1", "A2", "A3"]),
        Row(spec: "A1 – A3", tracklist: darkSide, expected: ["A1", "A2", "A3"]),
        Row(spec: "a1 TO a2", tracklist: darkSide, expected: ["A1", "A2"]),
        Row(spec: "A1  to  A2", tracklist: darkSide, expected: ["A1", "A2"]),
        Row(spec: "A1; B5 & B4", tracklist: darkSide, expected: ["A1", "B4", "B5"]),
        Row(spec: "1-01 to 1-28", tracklist: discs, expected: ["1-01", "1-02", "1-03", "1-28"]),
        Row(spec: "1-1 to 1-3", tracklist: discs, expected: ["1-01", "1-02", "1-03"]),
        Row(spec: "2-01 to 4-24", tracklist: discs + ["4-24"], expected: ["2-01", "2-26", "3-01", "4-24"]),
        Row(spec: "1a to 1f", tracklist: atomHeart, expected: ["1a", "1b", "1c", "1d", "1e", "1f"]),
        Row(spec: "1a to 1f, 4,  5a to 5c", tracklist: atomHeart,
            expected: ["1a", "1b", "1c", "1d", "1e", "1f", "4", "5a", "5b", "5c"]),
        Row(spec: "1 to 3, 5", tracklist: ["1", "2", "3", "4", "5"], expected: ["1", "2", "3", "5"]),
        Row(spec: "1-3", tracklist: ["1", "2", "3", "4"], expected: ["1", "2", "3"]),
        Row(spec: "1 to 2", tracklist: atomHeart, expected: ["1a", "1b", "1c", "1d", "1e", "1f", "2"]),
        Row(spec: "5", tracklist: atomHeart, expected: ["5a", "5b", "5c"]),
        Row(spec: "3", tracklist: busoni, expected: ["3.1", "3.2", "3.3", "3.4"]),
        Row(spec: "3.2 to 4", tracklist: busoni, expected: ["3.2", "3.3", "3.4", "4"]),
        Row(spec: "5-34 to 5-39, 7-7 to 7-48", tracklist: satie, expected: ["5-34", "5-35", "5-39", "7-7", "7-8", "7-48"]),
        Row(spec: "1.", tracklist: ["1.", "2.", "3."], expected: ["1."]),
        Row(spec: "1 to 2", tracklist: ["1.", "2.", "3."], expected: ["1.", "2."]),
        Row(spec: "2", tracklist: ["1-1", "1-2", "2-1", "2-2"], expected: ["2-1", "2-2"]),
        Row(spec: "1.01 to 1.03", tracklist: ["1.01", "1.02", "1.03", "2.01"], expected: ["1.01", "1.02", "1.03"]),
        Row(spec: "A1, A1, A1 to A2", tracklist: darkSide, expected: ["A1", "A2"]),
    ]

    @Test("specs resolve to positions in tracklist order", arguments: rows)
    func resolves(_ row: Row) {
        let range = CreditRangeParser.resolve(row.spec, against: row.tracklist)
        #expect(range.positions == row.expected)
        #expect(range.issues.isEmpty, "\(range.issues)")
        #expect(range.isFullyResolved)
        #expect(!range.appliesToWholeRelease)
        #expect(range.spec == row.spec)
    }

    @Test("an empty spec is the whole release", arguments: ["", "   "])
    func wholeRelease(_ spec: String) {
        let range = CreditRangeParser.resolve(spec, against: ["A1", "", "A2"])
        #expect(range.appliesToWholeRelease)
        #expect(range.positions == ["A1", "A2"])
        #expect(range.issues.isEmpty)
    }

    struct Failure: Sendable, CustomTestStringConvertible {
        let spec: String
        let reason: CreditRangeIssue.Reason
        let unknown: String?
        let kept: [String]
        var testDescription: String { "“\(spec)”" }
    }

    static let failures: [Failure] = [
        Failure(spec: "C1", reason: .unknownPosition, unknown: "C1", kept: []),
        Failure(spec: "A1, C9", reason: .unknownPosition, unknown: "C9", kept: ["A1"]),
        Failure(spec: "A1 to C9", reason: .unknownPosition, unknown: "C9", kept: []),
        Failure(spec: "Z to A2", reason: .unknownPosition, unknown: "Z", kept: []),
        Failure(spec: "B2 to A1", reason: .reversedRange, unknown: nil, kept: []),
        Failure(spec: "A1 to", reason: .malformed, unknown: nil, kept: []),
        Failure(spec: "to A1", reason: .malformed, unknown: nil, kept: []),
        Failure(spec: "A1 to A2 to A3", reason: .malformed, unknown: nil, kept: []),
        Failure(spec: ",", reason: .malformed, unknown: nil, kept: []),
        Failure(spec: "Tracks 1 to 3", reason: .unknownPosition, unknown: "Tracks 1", kept: []),
        Failure(spec: "C1 – C3", reason: .unknownPosition, unknown: "C1", kept: []),
        Failure(spec: "A4-A9", reason: .unknownPosition, unknown: "A9", kept: []),
        Failure(spec: "9-9", reason: .unknownPosition, unknown: "9-9", kept: []),
        Failure(spec: "A1-", reason: .unknownPosition, unknown: "A1-", kept: []),
    ]

    @Test("a part that names nothing is reported, not silently empty", arguments: failures)
    func reported(_ row: Failure) throws {
        let range = CreditRangeParser.resolve(row.spec, against: Self.darkSide)
        #expect(range.positions == row.kept)
        #expect(!range.isFullyResolved)
        let issue = try #require(range.issues.first)
        #expect(issue.reason == row.reason)
        #expect(issue.unknownPosition == row.unknown)
        #expect(!issue.description.isEmpty)
    }

    @Test("issue descriptions name the part")
    func descriptions() {
        let unknown = CreditRangeParser.resolve("A1 to C9", against: Self.darkSide).issues[0]
        #expect(unknown.description == "credit tracks part “A1 to C9” names “C9”, which is no position of the tracklist")
        let reversed = CreditRangeParser.resolve("B2 to A1", against: Self.darkSide).issues[0]
        #expect(reversed.description == "credit tracks range “B2 to A1” ends before it starts in tracklist order")
    }

    @Test("one parser resolves many specs")
    func reuse() {
        let parser = CreditRangeParser(positions: Self.darkSide)
        #expect(parser.positions == Self.darkSide)
        #expect(parser.resolve("A1").positions == ["A1"])
        #expect(parser.resolve("B").positions == ["B1", "B2", "B3", "B4", "B5"])
    }
}
