@testable import DiscogsKitDumps
import DiscogsKit
import Foundation
import Testing

/// `--strict`: the schema of what the mapping reads is exact (each path in it changes the mapped
/// record), the samples hold nothing beyond it, and a new element or attribute is reported.
struct DumpStrictTests {
    /// Record ids (a record cannot lack one) and sub-tracks (their items are read as tracks).
    static let recordIDPaths: Set<String> = ["release@id", "master@id", "artist/id", "label/id", "release/tracklist/track/sub_tracks"]

    /// The XML of a record holding `path` with the value 7, or (`including: false`) its parent only.
    static func record(_ path: String, including: Bool) -> String {
        let (elements, attribute): (String, String?) = {
            guard let at = path.firstIndex(of: "@") else { return (path, nil) }
            return (String(path[..<at]), String(path[path.index(after: at)...]))
        }()
        var names = elements.split(separator: "/").map { $0 == "*" ? "item" : String($0) }
        let root = names.removeFirst()
        let value = attribute == "is_main_release" || attribute == "embed" ? "true" : "7"
        if attribute == nil, !including { names.removeLast() }
        var inner = attribute == nil ? (including ? value : "") : "7"
        for (index, name) in names.enumerated().reversed() {
            let attributes = index == names.count - 1 && attribute != nil && including ? " \(attribute!)=\"\(value)\"" : ""
            inner = "<\(name)\(attributes)>\(inner)</\(name)>"
        }
        let id = root == "release" || root == "master" ? " id=\"1\"" : ""
        let rootAttribute = names.isEmpty && attribute != nil && including ? " \(attribute!)=\"\(value)\"" : ""
        let idChild = root == "artist" || root == "label" ? "<id>1</id>" : ""
        return "<\(root)s><\(root)\(id)\(rootAttribute)>\(idChild)\(inner)</\(root)></\(root)s>"
    }

    static func mapped(_ kind: String, _ xml: String) -> String {
        let stream = DataByteStream(Data(xml.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        do {
            switch kind {
            case "release": var r = try DumpReader.releases(stream); return String(decoding: try encoder.encode(try r.next()), as: UTF8.self)
            case "master": var r = try DumpReader.masters(stream); return String(decoding: try encoder.encode(try r.next()), as: UTF8.self)
            case "artist": var r = try DumpReader.artists(stream); return String(decoding: try encoder.encode(try r.next()), as: UTF8.self)
            default: var r = try DumpReader.labels(stream); return String(decoding: try encoder.encode(try r.next()), as: UTF8.self)
            }
        } catch {
            return "error: \(error)"
        }
    }

    @Test(arguments: ["release", "master", "artist", "label"])
    func everyPathOfTheSchemaIsRead(kind: String) throws {
        let paths = try #require(DumpSchema.read[kind])
        // Containers (prefixes of other paths) are read through their items.
        let leaves = paths.filter { path in !Self.recordIDPaths.contains(path) && !paths.contains { $0 != path && ($0.hasPrefix(path + "/") || $0.hasPrefix(path + "@")) } }
        #expect(leaves.count > 5)
        for path in leaves.sorted() {
            let with = Self.mapped(kind, Self.record(path, including: true))
            let without = Self.mapped(kind, Self.record(path, including: false))
            #expect(with != without, "\(path) changes nothing: \(Self.record(path, including: true)) → \(with)")
        }
    }

    @Test(.enabled(if: DumpSamples.isAvailable, "needs ../shared/fixtures/dumps beside the package"),
          arguments: ["releases", "masters", "artists", "labels"])
    func theSamplesHoldNothingUnread(kind: String) throws {
        var check = DumpStrictCheck()
        var reader = try DumpReader.releases(path: DumpSamples.path("releases"))
        switch kind {
        case "releases":
            reader.strict = check
            while try reader.next() != nil {}
            check = reader.strict!
        case "masters":
            var masters = try DumpReader.masters(path: DumpSamples.path(kind)); masters.strict = check
            while try masters.next() != nil {}
            check = masters.strict!
        case "artists":
            var artists = try DumpReader.artists(path: DumpSamples.path(kind)); artists.strict = check
            while try artists.next() != nil {}
            check = artists.strict!
        default:
            var labels = try DumpReader.labels(path: DumpSamples.path(kind)); labels.strict = check
            while try labels.next() != nil {}
            check = labels.strict!
        }
        #expect(check.unread.isEmpty, "\(check.unread)")
    }

    @Test func aNewElementOrAttributeIsReported() throws {
        let xml = """
        <releases><release id="3" status="Accepted" uuid="x"><title>T</title><tracklist><track><position>1</position>\
        <title>A</title><bpm>128</bpm><sub_tracks><track><title>B</title><key>Am</key></track></sub_tracks></track></tracklist>\
        </release><release id="4"><title>U</title><tracklist><track><bpm>120</bpm></track></tracklist></release></releases>
        """
        var reader = try DumpReader.releases(DataByteStream(Data(xml.utf8)))
        reader.strict = DumpStrictCheck()
        while try reader.next() != nil {}
        let unread = try #require(reader.strict?.unread)
        #expect(unread.map(\.path) == ["release/tracklist/track/bpm", "release/tracklist/track/key", "release@uuid"])
        #expect(unread[0].records == 2 && unread[0].firstRecordID == 3)
    }
}
