import Foundation

/// Gathers one ``ArtistItem`` per distinct artist of a release, with the roles it appears in.
struct ArtistCollector {
    let releaseID: Int
    let timestamp: Date
    private var order: [String] = []
    private var byKey: [String: ArtistItem] = [:]

    init(releaseID: Int, timestamp: Date) {
        self.releaseID = releaseID
        self.timestamp = timestamp
    }

    /// The items in the order the artists were first seen.
    var items: [ArtistItem] { order.compactMap { byKey[$0] } }

    /// Adds `credit` in `role` (a comma list is split); "Various" (id 194, or the bare name
    /// without an id) is not an artist.
    mutating func add(_ credit: ArtistCredit, role: String) {
        if ArtistCreditFormatter.isVarious([credit]) { return }
        let name = ArtistCreditFormatter.strippingDisambiguation(credit.name)
        guard !name.isEmpty else { return }
        let key = credit.id.map { "id:\($0)" } ?? "name:\(TextNormalizer.normalizeName(name))"
        let roles = role.isEmpty ? [] : CreditRoles.split(role)
        if var existing = byKey[key] {
            var known = existing.metadata.roles ?? []
            for role in roles where !known.contains(role) { known.append(role) }
            existing.metadata.roles = known.isEmpty ? nil : known
            if let anv = credit.anv, !anv.isEmpty {
                var variations = existing.metadata.nameVariations ?? []
                if !variations.contains(anv) { variations.append(anv) }
                existing.metadata.nameVariations = variations
            }
            byKey[key] = existing
            return
        }
        order.append(key)
        var metadata = ArtistMetadata(sourceReleaseID: releaseID)
        metadata.roles = roles.isEmpty ? nil : roles
        if let anv = credit.anv, !anv.isEmpty { metadata.nameVariations = [anv] }
        byKey[key] = ArtistItem(name: name, normalizedName: TextNormalizer.normalizeName(name), discogsID: credit.id,
                                metadata: metadata, scrapeTimestamp: timestamp)
    }
}
