import DiscogsKit
import Testing

@Suite("Partial date parser")
struct PartialDateParserTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let text: String
        let year: Int
        let month: Int?
        let day: Int?
        let iso: String
        let precision: PartialDate.Precision
        var testDescription: String { text }
    }

    static let valid: [Row] = [
        Row(text: "2000-08-13", year: 2000, month: 8, day: 13, iso: "2000-08-13", precision: .day),
        Row(text: "1987-07-00", year: 1987, month: 7, day: nil, iso: "1987-07", precision: .month),
        Row(text: "1998-12-00", year: 1998, month: 12, day: nil, iso: "1998-12", precision: .month),
        Row(text: "1998-00-00", year: 1998, month: nil, day: nil, iso: "1998", precision: .year),
        Row(text: "1987", year: 1987, month: nil, day: nil, iso: "1987", precision: .year),
        Row(text: " 2019-03-05 ", year: 2019, month: 3, day: 5, iso: "2019-03-05", precision: .day),
        Row(text: "2020-02-29", year: 2020, month: 2, day: 29, iso: "2020-02-29", precision: .day),
        Row(text: "2000-02-29", year: 2000, month: 2, day: 29, iso: "2000-02-29", precision: .day),
        Row(text: "0999", year: 999, month: nil, day: nil, iso: "0999", precision: .year),
        Row(text: "1893-12-31", year: 1893, month: 12, day: 31, iso: "1893-12-31", precision: .day),
    ]

    static let invalid: [String] = [
        "", "0000", "0000-00-00", "1987-7", "1987-07", "87", "19870", "1987-13-01", "2019-02-30", "2019-02-29",
        "1900-02-29", "2019-04-31", "2019-00-05", "2019-01-32", "30 Sep 2002", "Jul 1987", "1987/07/01",
        "2000-08-13T00:00:00", "198a", "2000-8-13", "２０１９", "-1987",
    ]

    @Test("accepted forms", arguments: valid)
    func accepted(_ row: Row) throws {
        let date = try #require(PartialDateParser.parse(row.text))
        #expect(date.year == row.year)
        #expect(date.month == row.month)
        #expect(date.day == row.day)
        #expect(date.isoString == row.iso)
        #expect(date.description == row.iso)
        #expect(date.precision == row.precision)
    }

    @Test("anything else is nil", arguments: invalid)
    func rejected(_ text: String) {
        #expect(PartialDateParser.parse(text) == nil)
    }

    @Test("precisions are ordered from coarse to fine")
    func precisionOrder() {
        #expect(PartialDate.Precision.year < .month)
        #expect(PartialDate.Precision.month < .day)
        #expect(!(PartialDate.Precision.day < .year))
    }
}
