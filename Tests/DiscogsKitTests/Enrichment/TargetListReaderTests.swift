import DiscogsKit
import Foundation
import Testing

/// Target lists in every accepted shape; bad rows are reported with their line and skipped.
@Suite struct TargetListReaderTests {
    static func describe(_ rows: [TargetListReader.Row]) -> [String] {
        rows.map { row in
            switch row {
            case .target(let t):
                "\(t.row): \(t.artist) | \(t.title) | \(t.label ?? "-") | \(t.catno ?? "-") | \(t.durationMilliseconds.map(String.init) ?? "-") | \(t.year.map(String.init) ?? "-")"
            case .bad(let error):
                "\(error.row): bad: \(error.reason)"
            }
        }
    }

    @Test func csvWithEveryColumn() throws {
        let text = "\u{FEFF}Artist,Title,Label,Catno,Duration,Year\r\nAmelie Lens,Feel It,Lenske,LENSKE 001,6:30,2019\r\n"
            + "\"Rødhåd, Dax J\",\"Blind \"\"Faith\"\"\",,,391,\r\n,No Artist,,,,\r\nX,Y,,,4:61,\r\nX,Y,,,,1492\r\nX,Y,,,,,extra\r\n"
        #expect(Self.describe(try TargetListReader.rows(in: text)) == [
            "2: Amelie Lens | Feel It | Lenske | LENSKE 001 | 390000 | 2019",
            "3: Rødhåd, Dax J | Blind \"Faith\" | - | - | 391000 | -",
            "4: bad: no artist",
            "5: bad: duration “4:61” is not M:SS, H:MM:SS or seconds",
            "6: bad: year “1492” is not a year",
            "7: bad: 7 fields for 6 columns",
        ])
    }

    @Test func songNodesKeyAliases() throws {
        let text = "artist_name,track_name,record_label,catalog_number,duration_ms\nA,B,L,C-1,1000\n"
        #expect(Self.describe(try TargetListReader.rows(in: text)) == ["2: A | B | L | C-1 | 1000 | -"])
        let json = #"[{"artist_name": "A", "track_title": "B", "year": 2001}, {"artist": "C"}, 7]"#
        #expect(Self.describe(try TargetListReader.rows(in: json)) == ["1: A | B | - | - | - | 2001", "2: bad: no title", "3: bad: not a JSON object"])
    }

    @Test func jsonLinesReportTheirLines() throws {
        let text = #"{"artist": "A", "title": "B", "duration": "3:00"}"# + "\n\n{broken\n" + #"{"artist": "C", "title": "D", "duration_ms": -5}"# + "\n"
        #expect(Self.describe(try TargetListReader.rows(in: text)) == [
            "1: A | B | - | - | 180000 | -", "3: bad: not a JSON object", "4: bad: duration_ms “-5” is not a positive whole number",
        ])
    }

    @Test(arguments: [
        ("name,song\nA,B\n", "the CSV header must name an artist column"),
        ("[{\"artist\": ", "the JSON array does not parse"),
        ("\"artist,title\nA,B\n", "the CSV header: a quote opened on line 1 is never closed"),
    ])
    func unreadableListsAreOneClearError(text: String, message: String) {
        #expect { _ = try TargetListReader.rows(in: text) } throws: { error in
            String(describing: error).contains(message)
        }
    }

    /// Durations no track has, however they are written, are bad rows: never an overflow trap.
    @Test(arguments: ["9999999999999999", "-3", "0", "999:59:59", "1e9"])
    func impossibleDurationsAreBadRows(duration: String) throws {
        let rows = try TargetListReader.rows(in: "artist,title,duration\nA,B,\(duration)\n")
        #expect(Self.describe(rows).first?.contains("bad: duration") == true, "\(Self.describe(rows))")
    }

    @Test(arguments: ["9223372036854775807", "99999999999"])
    func impossibleMillisecondDurationsAreBadRows(duration: String) throws {
        let rows = try TargetListReader.rows(in: "artist,title,duration_ms\nA,B,\(duration)\n")
        #expect(Self.describe(rows).first?.contains("bad: duration_ms") == true, "\(Self.describe(rows))")
    }

    /// JSON allows U+2028, U+2029 and U+0085 unescaped inside strings: they are not line ends.
    @Test(arguments: ["\u{2028}", "\u{2029}", "\u{85}"])
    func unicodeSeparatorsInsideJSONLinesAreNotLineEnds(separator: String) throws {
        let text = "{\"artist\": \"A\(separator)B\", \"title\": \"T\"}\r\n{\"artist\": \"C\", \"title\": \"D\"}\n"
        let rows = try TargetListReader.rows(in: text)
        #expect(Self.describe(rows) == ["1: A\(separator)B | T | - | - | - | -", "2: C | D | - | - | - | -"])
    }

    @Test func anEmptyListHasNoRows() throws {
        #expect(try TargetListReader.rows(in: "").isEmpty)
        #expect(try TargetListReader.rows(in: "artist,title\n").isEmpty)
    }

    /// A byte that is not UTF-8 spoils only its row, named with the line and the byte; the BOM
    /// is dropped; in JSON Lines too.
    @Test func invalidBytesSpoilOnlyTheirRow() throws {
        var csv = Data([0xEF, 0xBB, 0xBF] + Array("artist,title\nA,One\nB,T".utf8))
        csv += Data([0xFF]) + Data("o\nC,Three\n".utf8)
        #expect(Self.describe(try TargetListReader.rows(in: csv)) == [
            "2: A | One | - | - | - | -",
            "3: bad: not UTF-8 text: byte 0xFF at column 4",
            "4: C | Three | - | - | - | -",
        ])
        var lines = Data("{\"artist\": \"A\", \"title\": \"One\"}\n{\"artist\": \"".utf8) + Data([0xC3, 0x28])
        lines += Data("\", \"title\": \"Two\"}\n".utf8)
        #expect(Self.describe(try TargetListReader.rows(in: lines)) == [
            "1: A | One | - | - | - | -",
            "2: bad: not UTF-8 text: byte 0xC3 at column 13",
        ])
    }

    /// Quoting errors are named as such (not "no title"), and the rows after them are read.
    @Test func quotingErrorsAreNamedAndTheRestIsRead() throws {
        let text = "artist,title\n\"Robert Mills,\"Unbalanced quote\nA,One\nB,\"never closed\nC,Three\n"
        let rows = Self.describe(try TargetListReader.rows(in: text))
        #expect(rows.count == 4, "\(rows)")
        #expect(rows[0].hasPrefix("2: bad: text after the closing quote"))
        #expect(rows[1] == "3: A | One | - | - | - | -")
        #expect(rows[2] == "4: bad: a quote opened on line 4 is never closed; it took in lines 4–5")
        #expect(rows[3] == "5: C | Three | - | - | - | -")
    }
}
