import Foundation

/// Gathers one ``ArtistItem`` per distinct artist of a release, with the roles it appears in.
struct ArtistCollector {
    let releaseID: Int
    let timestamp: Date
    /// What makes two credits the same artist: the id, or the folded name when there is none.
    private enum Key: Hashable {
        case id(Int)
        case name(String)
    }

    private var order: [Key] = []
    private var byKey: [Key: ArtistItem] = [:]
    /// Role lists already split: a release repeats a few roles on every track.
    private var splitRoles: [String: [String]] = [:]

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
        let key = credit.id.map(Key.id) ?? .name(TextNormalizer.normalizeName(name))
        let roles: [String]
        if role.isEmpty {
            roles = []
        } else if let known = splitRoles[role] {
            roles = known
        } else {
            roles = CreditRoles.split(role)
            splitRoles[role] = roles
        }
        if let index = byKey.index(forKey: key) {
            // Changed in place: a copy of the item would copy its role list on every credit.
            let anv = credit.anv.flatMap { $0.isEmpty ? nil : $0 }
            byKey.values.modifyMetadata(at: index) { metadata in
                for role in roles where !(metadata.roles ?? []).contains(role) {
                    metadata.roles = (metadata.roles ?? []) + [role]
                }
                if let anv, !(metadata.nameVariations ?? []).contains(anv) {
                    metadata.nameVariations = (metadata.nameVariations ?? []) + [anv]
                }
            }
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

extension Dictionary.Values where Value == ArtistItem {
    /// Changes the metadata of the item at `index` in place.
    fileprivate mutating func modifyMetadata(at index: Dictionary.Index, _ change: (inout ArtistMetadata) -> Void) {
        change(&self[index].metadata)
    }
}
