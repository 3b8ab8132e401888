import DiscogsKit
import DiscogsKitDumps
import Foundation
import Testing

/// Bad input is a clear error naming the record and the byte offset, never a crash; record-level
/// errors let the reading go on with the next record.
@Suite struct DumpInputErrorTests {
    static let two = """
        <releases>
        <release id="7" status="Accepted"><title>Se&#241;or &amp; Co</title><formats><format name="Vinyl" qty="1" text=""/></formats></release>
        <release id="8"><title>Second</title></release>
        </releases>
        """

    static func read(_ xml: String) throws(DumpError) -> [Release] {
        var reader = try DumpReader.releases(DataByteStream(Data(xml.utf8)))
        var releases: [Release] = []
        while let release = try reader.next() { releases.append(release) }
        return releases
    }

    /// The ``DumpError`` `body` throws (`nil` when it throws none, or another error).
    static func error(_ body: () throws -> Void) -> DumpError? {
        do { try body() } catch { return error as? DumpError }
        return nil
    }

    @Test func plainAndGzipInputsGiveTheSameRecords() throws {
        let plain = try Self.read(Self.two)
        #expect(plain.map(\.title) == ["Señor & Co", "Second"])
        #expect(plain.last?.status == nil)
        #expect(plain.last?.formats.isEmpty == true)
        var gz = try DumpReader.releases(DataByteStream(try DumpSamples.gzip(Self.two)))
        var titles: [String] = []
        while let release = try gz.next() { titles.append(release.title) }
        #expect(titles == plain.map(\.title))
        // Two gzip members one after the other read as one stream.
        let first = try DumpSamples.gzip("<releases><release id=\"1\"><title>A</title></release>")
        let second = try DumpSamples.gzip("<release id=\"2\"><title>B</title></release></releases>")
        var joined = try DumpReader.releases(DataByteStream(first + second))
        #expect(try joined.next()?.title == "A")
        #expect(try joined.next()?.title == "B")
        #expect(try joined.next() == nil)
    }

    /// A variant without images (dumps since late 2024) and elements the models do not know.
    @Test func everyElementIsOptional() throws {
        let releases = try Self.read(#"<releases><release id="5"><unknown_new_field>x</unknown_new_field></release></releases>"#)
        let release = try #require(releases.first)
        #expect(release.id == 5)
        #expect(release.title == "")
        #expect(release.images.isEmpty)
        #expect(release.year == nil)
        #expect(release.masterID == nil)
        #expect(release.isMainRelease == nil)
    }

    @Test(arguments: [
        ("<releases><release id=\"1\"><title>A</title></release><release id=\"2\"><title>B", DumpError.Kind.malformedXML, "the input ends inside <title>"),
        ("<releases><release id=\"1\"><title>A</notes></release></releases>", .malformedXML, "the end tag </notes> closes <title>"),
        ("<releases><release id=\"1\"><title>A &bogus; B</title></release></releases>", .malformedXML, "unknown entity “&bogus;”"),
        ("<releases><release id=\"1\"><title>A</title></release>", .malformedXML, "the input ends before </releases>"),
        ("<masters><master id=\"1\"/></masters>", .unknownElement, "is it a masters dump?"),
        ("", .malformedXML, "holds no XML element"),
    ])
    func brokenInputIsAClearError(xml: String, kind: DumpError.Kind, message: String) {
        let error = Self.error { _ = try Self.read(xml) }
        #expect(error?.kind == kind, "\(String(describing: error))")
        #expect(error?.description.contains(message) == true, "\(String(describing: error))")
        if kind == .malformedXML, !xml.isEmpty { #expect(error?.byteOffset != nil) }
    }

    /// A bad number names its record and offset, and the next record is still read.
    @Test func aBadValueSpoilsOnlyItsRecord() throws {
        let xml = "<releases><release id=\"1\"><formats><format name=\"CD\" qty=\"two\"/></formats></release>"
            + "<release id=\"2\"><title>B</title></release></releases>"
        var reader = try DumpReader.releases(DataByteStream(Data(xml.utf8)))
        let error = Self.error { _ = try reader.next() }
        #expect(error?.kind == .badValue)
        #expect(error?.recordID == 1)
        #expect(error?.description.contains("record 1, byte 35: bad value: format quantity “two” is not a whole number") == true,
                "\(String(describing: error))")
        #expect(try reader.next()?.title == "B")
    }

    @Test func corruptAndTruncatedGzipAreErrors() throws {
        let data = try DumpSamples.gzip(Self.two + String(repeating: "<!-- padding -->", count: 200))
        let truncated = data.prefix(data.count / 2)
        let cut = Self.error { _ = try Self.readAll(truncated) }
        #expect(cut?.kind == .corruptCompression, "\(String(describing: cut))")
        #expect(cut?.description.contains("truncated") == true, "\(String(describing: cut))")
        var corrupt = data
        for index in 20..<min(60, corrupt.count) { corrupt[index] ^= 0x5A }
        let broken = Self.error { _ = try Self.readAll(corrupt) }
        #expect(broken?.kind == .corruptCompression || broken?.kind == .malformedXML, "\(String(describing: broken))")
    }

    static func readAll(_ data: Data) throws(DumpError) -> Int {
        var reader = try DumpReader.releases(DataByteStream(data))
        var count = 0
        while try reader.next() != nil { count += 1 }
        return count
    }

    @Test func aMissingFileNamesIt() {
        let error = Self.error { _ = try DumpReader.releases(path: "/nonexistent/releases.xml.gz") }
        #expect(error?.kind == .unreadable)
        #expect(error?.description.contains("/nonexistent/releases.xml.gz") == true)
    }
}
