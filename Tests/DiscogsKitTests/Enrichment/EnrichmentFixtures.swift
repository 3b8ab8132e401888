import DiscogsKit
import Foundation

/// The small releases written for the enrichment tests (`Tests/DiscogsKitTests/Resources/Enrichment`),
/// each built around the traps extraction and matching must get right.
enum EnrichmentFixtures {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "no fixture Resources/Enrichment/\(name).json in the test bundle" }
    }

    /// The time stamped on every extracted item in these tests, so outputs compare byte for byte.
    static let timestamp = Date(timeIntervalSince1970: 1_714_564_800) // 2024-05-01T12:00:00Z

    /// An extractor stamping ``timestamp``.
    static let extractor = ReleaseExtractor(scrapeTimestamp: timestamp)

    /// The bytes of `Resources/Enrichment/<name>.json`.
    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json",
                                          subdirectory: "Resources/Enrichment") else {
            throw Missing(name: name)
        }
        return try Data(contentsOf: url)
    }

    /// `Resources/Enrichment/<name>.json` decoded as a release.
    static func release(_ name: String) throws -> Release {
        try JSONDecoder().decode(Release.self, from: data(name))
    }

    /// The extraction of `Resources/Enrichment/<name>.json`.
    static func extraction(_ name: String) throws -> ReleaseExtractor.Extraction {
        try extractor.extract(release(name))
    }
}

extension ReleaseExtractor.Extraction {
    /// The track at `position`, or a failure naming it.
    func track(_ position: String) throws -> TrackItem {
        guard let track = tracks.first(where: { $0.metadata.position == position }) else {
            throw EnrichmentFixtures.Missing(name: "track at \(position)")
        }
        return track
    }
}

extension TrackItem {
    /// "Name/Role" for every credit, for compact comparisons.
    var creditPairs: [String] { (metadata.credits ?? []).map { "\($0.name)/\($0.role)" } }
}
