import Foundation

/// Where the recorded Discogs responses live: `../shared/fixtures/discogs` beside the package root.
enum ParsingFixtures {
    static let releases: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Parsing
        .deletingLastPathComponent()  // DiscogsKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/fixtures/discogs/release")

    static let present = FileManager.default.fileExists(atPath: releases.path)

    /// The release document `id` as a JSON object.
    static func release(_ id: String) throws -> [String: Any] {
        let data = try Data(contentsOf: releases.appendingPathComponent("\(id).json"))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return object
    }

    /// Every position of a tracklist in order, sub-tracks included, headings and blank index rows left out.
    static func positions(_ tracklist: Any?) -> [String] {
        var result: [String] = []
        for track in tracklist as? [[String: Any]] ?? [] {
            if let position = track["position"] as? String, !position.isEmpty { result.append(position) }
            result += positions(track["sub_tracks"])
        }
        return result
    }
}
