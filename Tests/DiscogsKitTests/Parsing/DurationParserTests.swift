import DiscogsKit
import Testing

@Suite("Duration parser")
struct DurationParserTests {
    static let valid: [(String, Int)] = [
        ("3:32", 212_000), ("7:00", 420_000), ("03:32", 212_000), ("0:21", 21_000), ("13:49", 829_000),
        ("74:12", 4_452_000), ("120:00", 7_200_000), ("1:02:03", 3_723_000), ("10:00:00", 36_000_000),
        (" 4:05 ", 245_000), ("\t2:29\n", 149_000), ("0:00", 0), ("0:15", 15_000), ("17:05", 1_025_000),
    ]

    static let invalid: [String] = [
        "", " ", "?", "-", "4:60", ":35", "4:", "4:5", "4:555", "4.32", "abc", "4:3a", "1:75:00", "1:2:03",
        "1:02:60", "::", "1::03", "4 :32", "+4:32", "-4:32", "4:32:", "1:00:00:00", "٣:٣٢", "４:３２", "12345:00",
        "3’32", "3:32 min",
    ]

    @Test("well-formed durations", arguments: valid)
    func wellFormed(_ text: String, _ milliseconds: Int) {
        #expect(DurationParser.milliseconds(from: text) == milliseconds)
        #expect(DurationParser.seconds(from: text) == milliseconds / 1000)
    }

    @Test("anything else is nil, never a wrong number", arguments: invalid)
    func malformed(_ text: String) {
        #expect(DurationParser.milliseconds(from: text) == nil)
    }
}
