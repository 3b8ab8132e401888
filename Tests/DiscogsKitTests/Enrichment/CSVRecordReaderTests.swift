import DiscogsKit
import Testing

@Suite struct CSVRecordReaderTests {
    @Test(arguments: [
        ("a,b\n1,2\n", [[1: ["a", "b"]], [2: ["1", "2"]]]),
        ("a,b\r\n1,2\r\n", [[1: ["a", "b"]], [2: ["1", "2"]]]),
        ("\"A, B\",\"Say \"\"Hi\"\"\"\n", [[1: ["A, B", "Say \"Hi\""]]]),
        ("x\n\"multi\nline\",y\nz\n", [[1: ["x"]], [2: ["multi\nline", "y"]], [4: ["z"]]]),
        ("a,,c\n", [[1: ["a", "", "c"]]]),
        ("a,b\n\n\n1,2", [[1: ["a", "b"]], [4: ["1", "2"]]]),
        ("Rødhåd,Ünïcödé ✓\n", [[1: ["Rødhåd", "Ünïcödé ✓"]]]),
        ("\"\"\n", [[1: [""]]]),
    ] as [(String, [[Int: [String]]])])
    func splitsRecords(text: String, expected: [[Int: [String]]]) throws {
        let records = try CSVRecordReader.records(in: text)
        #expect(records.map { [$0.line: $0.fields] } == expected)
    }

    @Test func unclosedQuoteNamesTheLine() {
        #expect {
            _ = try CSVRecordReader.records(in: "a,b\n1,\"open\n2,3\n")
        } throws: { error in
            (error as? CSVRecordReader.MalformedRecord)?.line == 2
        }
    }

    /// Malformed quoting spoils only its record; an unclosed quote is reported where it opened,
    /// with the lines it took in, and the rows after that line are still read.
    @Test(arguments: [
        ("a,b\n1,\"open\n2,3\n4,5\n", ["1:a,b", "2!a quote opened on line 2 is never closed; it took in lines 2–4", "3:2,3", "4:4,5"]),
        ("a,b\n\"Robert Mills,\"Unbalanced quote\n2,3\n", ["1:a,b", "2!text after the closing quote", "3:2,3"]),
        ("a,b\n\"x\"y,z\n\"ok\",w\n", ["1:a,b", "2!text after the closing quote", "3:ok,w"]),
        ("a,b\n1,\"never", ["1:a,b", "2!a quote opened on line 2 is never closed"]),
    ])
    func malformedQuotingSpoilsOnlyItsRecord(text: String, expected: [String]) {
        let described = CSVRecordReader.entries(in: text).map { entry -> String in
            switch entry {
            case .record(let record): return "\(record.line):" + record.fields.joined(separator: ",")
            case .malformed(let error): return "\(error.line)!" + error.reason
            }
        }
        #expect(described.count == expected.count, "\(described)")
        for (got, want) in zip(described, expected) {
            #expect(got.hasPrefix(want), "\(got) does not start with \(want)")
        }
    }
}
