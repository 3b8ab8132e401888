import Foundation

/// What every track item of one release shares — its labels, formats, performers, catalogue
/// number, date and URLs — worked out once per release rather than once per track, so that a
/// 4,000-track box set costs 4,000 titles, not 4,000 releases.
struct ReleaseItemContext {
    let release: Release
    let performers: [TrackMetadata.Artist]
    let performerString: String
    let labels: [TrackMetadata.Label]
    let formats: [TrackMetadata.Format]
    let recordLabel: String?
    let catalogNumber: String?
    let releaseDate: String?
    let externalURLs: [String: String]

    init(_ release: Release) {
        self.release = release
        performers = Self.metadataArtists(release.artists)
        performerString = ArtistCreditFormatter.displayString(for: release.artists)
        labels = release.labels.map { .init(name: $0.name, catalogNumber: CatalogNumber.clean($0.catalogNumber), labelID: $0.id) }
        formats = release.formats.map { .init(name: $0.name?.rawValue ?? "", quantity: $0.quantity, descriptions: $0.descriptions, text: $0.text) }
        recordLabel = release.labels.first.map { ArtistCreditFormatter.strippingDisambiguation($0.name) }
        catalogNumber = CatalogNumber.primary(of: release.labels)
        releaseDate = ReleaseDates.isoDate(release)
        externalURLs = DiscogsURLs.release(release.id, masterID: release.masterID)
    }

    /// The metadata form of a list of performers.
    static func metadataArtists(_ credits: [ArtistCredit]) -> [TrackMetadata.Artist] {
        credits.map { .init(name: $0.name, artistID: $0.id, nameVariation: $0.anv, joinPhrase: $0.join) }
    }
}
