import DiscogsKit
import Foundation

/// The recorded Discogs answers in `../shared/fixtures/discogs` (relative to the package root),
/// read in place, never copied into the project.
enum SharedFixtures {
    /// The fixture directory, or nil when it is not there (e.g. the package checked out alone).
    static let directory: URL? = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                let fixtures = dir.appendingPathComponent("../shared/fixtures/discogs").standardizedFileURL
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: fixtures.path, isDirectory: &isDirectory)
                return exists && isDirectory.boolValue ? fixtures : nil
            }
            dir.deleteLastPathComponent()
        }
        return nil
    }()

    /// Whether the fixtures are there.
    static var isAvailable: Bool { directory != nil }

    /// Every `*.json` file, as a path relative to the fixture directory (`release/1.json`), sorted.
    static let files: [String] = {
        guard let directory, let walker = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }.sorted()
    }()

    /// The bytes of `relativePath`.
    static func data(_ relativePath: String) throws -> Data {
        guard let directory else { throw CocoaError(.fileNoSuchFile) }
        return try Data(contentsOf: directory.appendingPathComponent(relativePath))
    }

    /// The model each recorded answer should decode to, chosen by folder (and, for folders that
    /// hold several endpoints' answers, by file name).
    static func model(for relativePath: String) -> FixtureModel? {
        let parts = relativePath.split(separator: "/").map(String.init)
        guard parts.count == 2 else { return nil }
        let (folder, name) = (parts[0], parts[1])
        switch folder {
        case "release": return .model(Release.self)
        case "master": return .model(Master.self)
        case "master_versions": return .page(MasterVersion.self)
        case "artist": return .model(Artist.self)
        case "artist_releases": return .page(ArtistRelease.self)
        case "label": return .model(Label.self)
        case "label_releases": return .page(LabelRelease.self)
        case "search": return .page(SearchResult.self)
        case "user": return .model(UserProfile.self)
        case "identity": return .model(Identity.self)
        case "wantlist": return .page(Want.self)
        case "release_stats": return .model(ReleaseStats.self)
        case "release_rating":
            return name.contains("-user-") ? .model(UserReleaseRating.self) : .model(ReleaseCommunityRating.self)
        case "collection": return collectionModel(name)
        case "marketplace": return marketplaceModel(name)
        default: return nil
        }
    }

    private static func collectionModel(_ name: String) -> FixtureModel? {
        if name == "folders.json" { return .model(CollectionFolders.self) }
        if name.hasPrefix("fields") { return .model(CollectionFields.self) }
        if name.hasPrefix("value") { return .model(CollectionValue.self) }
        if name.hasPrefix("add-to-folder") { return .model(CollectionInstance.self) }
        if name.contains("releases") { return .page(CollectionItem.self) }
        if name.hasPrefix("folder-") { return .model(CollectionFolder.self) }
        return nil
    }

    private static func marketplaceModel(_ name: String) -> FixtureModel? {
        if name.hasPrefix("stats") { return .model(MarketplaceStats.self) }
        if name.hasPrefix("price_suggestions") { return .model(PriceSuggestions.self) }
        if name.hasPrefix("inventory") { return .page(Listing.self) }
        if name.hasPrefix("listing-") { return .model(Listing.self) }
        if name.hasPrefix("orders") { return .page(Order.self) }
        if name.hasPrefix("order-") && name.contains("messages") { return .page(OrderMessage.self) }
        if name.hasPrefix("order-") { return .model(Order.self) }
        return nil
    }
}

/// A model to decode a fixture as, erased so one table can hold them all.
struct FixtureModel: Sendable {
    /// What decoding, re-encoding and decoding again produced.
    struct Outcome {
        /// The issues tolerated while decoding the original.
        var issues: [DecodingIssue]
        /// The model encoded back to JSON.
        var encoded: Data
        /// Whether decoding `encoded` gave a value equal to the first decode.
        var stable: Bool
    }

    /// The model's name, for messages.
    let name: String
    /// Decodes the data, encodes it back and decodes that again.
    let roundTrip: @Sendable (Data) throws -> Outcome

    /// A plain model.
    static func model<T: Codable & Equatable & Sendable>(_ type: T.Type) -> FixtureModel {
        FixtureModel(name: "\(T.self)") { data in
            let (value, issues) = try DecodingIssueCollector.decode(T.self, from: data)
            let encoded = try JSONEncoder().encode(value)
            let again = try JSONDecoder().decode(T.self, from: encoded)
            return Outcome(issues: issues, encoded: encoded, stable: again == value)
        }
    }

    /// A page of `Item`.
    static func page<Item: PageItem & Equatable>(_ type: Item.Type) -> FixtureModel {
        FixtureModel(name: "Page<\(Item.self)>") { data in
            let (page, issues) = try DecodingIssueCollector.decode(Page<Item>.self, from: data)
            let encoded = try JSONEncoder().encode(page)
            let again = try JSONDecoder().decode(Page<Item>.self, from: encoded)
            let stable = again.items == page.items && again.pagination == page.pagination && again.extra == page.extra
            return Outcome(issues: issues, encoded: encoded, stable: stable)
        }
    }
}
