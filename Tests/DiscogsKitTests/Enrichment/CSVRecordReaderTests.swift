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
}
