import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization

/// A small Discogs stand-in over the `match-*.json` fixtures, answering like the emulator: a
/// search matches a release when every word asked for stands as a word in the field (any order,
/// anywhere in the release: track artists count as artists, all track titles as one field),
/// artist searches match names containing the query, and an artist's releases are those they
/// perform, remix or are credited on. Requests are recorded by the underlying ``MockTransport``.
final class FakeDiscogs: Sendable {
    /// Answers a request instead of the catalogue (a failure to inject), or `nil` to let it through.
    typealias Override = @Sendable (HTTPRequest) -> HTTPResponse?

    static let fixtureIDs = [101, 102, 104, 105, 106, 111, 112, 113, 114, 201, 202, 203, 204, 206]

    let transport: MockTransport
    let client: DiscogsClient
    private let releases: [Int: (json: String, release: Release)]

    init(ids: [Int] = FakeDiscogs.fixtureIDs, override: Override? = nil) throws {
        var releases: [Int: (String, Release)] = [:]
        for id in ids {
            let data = try EnrichmentFixtures.data("match-\(id)")
            releases[id] = (String(decoding: data, as: UTF8.self), try JSONDecoder().decode(Release.self, from: data))
        }
        let table = releases
        self.releases = releases
        transport = MockTransport { request in
            if let answer = override?(request) { return answer }
            return FakeDiscogs.answer(request, releases: table)
        }
        var configuration = DiscogsClient.Configuration(baseURL: URL(string: "https://api.test")!,
                                                        userAgent: "DiscogsKitTests/1.0 +https://example.test",
                                                        credentials: .token("t0ken"))
        configuration.retryPolicy = .none
        configuration.rateLimit = RateLimit(requests: 10_000, per: .seconds(1))
        client = try DiscogsClient(configuration: configuration, transport: transport)
    }

    /// A matcher over this catalogue.
    func matcher(_ configure: (inout TrackMatcher.Options) -> Void = { _ in },
                 cache: ReleaseCache = ReleaseCache()) -> TrackMatcher {
        var options = TrackMatcher.Options()
        configure(&options)
        return TrackMatcher(client: client, options: options, cache: cache)
    }

    /// Requests whose path starts with `prefix`.
    func count(_ prefix: String) -> Int { transport.requests.filter { $0.url.path.hasPrefix(prefix) }.count }
    var searches: Int { count("/database/search") }
    var releaseFetches: Int { count("/releases/") }
    func fetches(of id: Int) -> Int { transport.requests.filter { $0.url.path == "/releases/\(id)" }.count }

    // MARK: - Answers

    static func answer(_ request: HTTPRequest, releases: [Int: (json: String, release: Release)]) -> HTTPResponse {
        let path = request.url.path
        let query = Dictionary(URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?
            .map { ($0.name, $0.value ?? "") } ?? [], uniquingKeysWith: { $1 })
        if path.hasPrefix("/releases/"), let id = Int(path.dropFirst("/releases/".count)) {
            guard let entry = releases[id] else { return notFound("Release not found.") }
            return MockTransport.response(status: 200, json: entry.json)
        }
        if path.hasPrefix("/artists/"), path.hasSuffix("/releases"),
           let id = Int(path.dropFirst("/artists/".count).dropLast("/releases".count)) {
            let ids = releases.keys.sorted().filter { credits(of: releases[$0]!.release).contains { $0.id == id } }
            let items = ids.map { #"{"id": \#($0), "type": "release", "title": "t", "role": "Main"}"# }
            return page(items, key: "releases")
        }
        guard path == "/database/search" else { return notFound("The requested resource was not found.") }
        if query["type"] == "artist" {
            var names: [Int: String] = [:]
            for entry in releases.values { for credit in credits(of: entry.release) { if let id = credit.id { names[id] = credit.name } } }
            let wanted = fold(query["q"] ?? "")
            let items = names.keys.sorted().filter { fold(names[$0]!).contains(wanted) }
                .map { #"{"id": \#($0), "type": "artist", "title": "\#(names[$0]!)"}"# }
            return page(items, key: "results")
        }
        let filters = ["artist", "track", "q", "catno", "label"].compactMap { key in query[key].map { (key, fold($0)) } }
        let items = releases.keys.sorted().compactMap { id -> String? in
            let release = releases[id]!.release
            let fields = fieldsOf(release)
            for (key, wanted) in filters {
                let hay = key == "q" ? fields.values.joined(separator: " ") : fields[key] ?? ""
                guard Set(wanted.split(separator: " ")).isSubset(of: Set(hay.split(separator: " "))) else { return nil }
            }
            let artists = ArtistCreditFormatter.isVarious(release.artists) ? "Various"
                : release.artists.enumerated().map { $0.element.name + ($0.offset < release.artists.count - 1 ? " \($0.element.join ?? ",") " : "") }.joined()
            let formats = release.formats.flatMap { [$0.name?.rawValue ?? ""] + $0.descriptions }.map { "\"\($0.replacingOccurrences(of: "\"", with: "\\\""))\"" }
            return #"{"id": \#(id), "type": "release", "title": "\#(artists) - \#(release.title)", "label": ["\#(release.labels[0].name)"], "catno": "\#(release.labels[0].catalogNumber ?? "")", "year": "\#(release.year ?? 0)", "format": [\#(formats.joined(separator: ","))]}"#
        }
        return page(items, key: "results")
    }

    static func fieldsOf(_ release: Release) -> [String: String] {
        let trackArtists = release.tracklist.flatMap(\.artists).map(\.name)
        return ["artist": fold((release.artists.map(\.name) + trackArtists).joined(separator: " ")),
                "track": release.tracklist.map { fold($0.title) }.joined(separator: " | "),
                "catno": fold(release.labels.compactMap(\.catalogNumber).joined(separator: " ")),
                "label": fold(release.labels.map(\.name).joined(separator: " ")),
                "title": fold(release.title)]
    }

    static func credits(of release: Release) -> [ArtistCredit] {
        release.artists + release.extraArtists + release.tracklist.flatMap { $0.artists + $0.extraArtists }
    }

    /// Case, diacritics and punctuation folded, like the emulator's search.
    static func fold(_ text: String) -> String {
        let folded = text.replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "Ø", with: "O")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return folded.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? String($0) : " " }.joined()
            .split(separator: " ").joined(separator: " ")
    }

    static func page(_ items: [String], key: String) -> HTTPResponse {
        MockTransport.response(status: 200, json: #"{"pagination": {"page": 1, "pages": 1, "per_page": 100, "items": \#(items.count), "urls": {}}, "\#(key)": [\#(items.joined(separator: ","))]}"#)
    }

    static func notFound(_ message: String) -> HTTPResponse {
        MockTransport.response(status: 404, json: MockTransport.errorBody(message))
    }
}
