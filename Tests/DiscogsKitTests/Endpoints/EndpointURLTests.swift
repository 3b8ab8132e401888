import DiscogsKit
import Foundation
import Testing

@Suite struct EndpointURLTests {
    static let base = URL(string: "https://api.discogs.com")!

    @Test(arguments: [
        (Endpoint.release(249504), "https://api.discogs.com/releases/249504"),
        (.release(1, currency: "EUR"), "https://api.discogs.com/releases/1?curr_abbr=EUR"),
        (.releaseCommunityRating(249504), "https://api.discogs.com/releases/249504/rating"),
        (.releaseRating(249504, username: "_.bartholomews"), "https://api.discogs.com/releases/249504/rating/_.bartholomews"),
        (.releaseRating(5, username: "a b/c"), "https://api.discogs.com/releases/5/rating/a%20b%2Fc"),
        (.releaseStats(249504), "https://api.discogs.com/releases/249504/stats"),
        (.master(666), "https://api.discogs.com/masters/666"),
        (.masterVersions(666), "https://api.discogs.com/masters/666/versions?page=1&per_page=100"),
        (.masterVersions(666, filter: MasterVersionFilter(format: "Vinyl", label: "Warp", released: "1992",
                                                          country: "UK", sort: .released, sortOrder: .descending),
                         page: PageRequest(page: 2, perPage: 25)),
         "https://api.discogs.com/masters/666/versions?page=2&per_page=25&format=Vinyl&label=Warp&released=1992&country=UK&sort=released&sort_order=desc"),
        (.artist(1), "https://api.discogs.com/artists/1"),
        (.artistReleases(1, sort: .year, sortOrder: .ascending), "https://api.discogs.com/artists/1/releases?page=1&per_page=100&sort=year&sort_order=asc"),
        (.label(1), "https://api.discogs.com/labels/1"),
        (.labelReleases(1, page: PageRequest(page: 3, perPage: 50)), "https://api.discogs.com/labels/1/releases?page=3&per_page=50"),
        (.search(SearchQuery(artist: "Amelie Lens", track: "Feel It")),
         "https://api.discogs.com/database/search?artist=Amelie%20Lens&track=Feel%20It&page=1&per_page=100"),
    ] as [(Endpoint, String)])
    func buildsTheExactURL(endpoint: Endpoint, expected: String) {
        #expect(endpoint.url(relativeTo: Self.base).absoluteString == expected)
        #expect(endpoint.method == .get)
    }

    @Test(arguments: [
        ("Rødhåd", "R%C3%B8dh%C3%A5d"),
        ("Drum & Bass", "Drum%20%26%20Bass"),
        ("C++", "C%2B%2B"),
        ("AC/DC", "AC%2FDC"),
        ("a=b?c#d", "a%3Db%3Fc%23d"),
        ("50% off", "50%25%20off"),
        ("tilde~dash-dot.under_", "tilde~dash-dot.under_"),
    ])
    func percentEncodesQueryValues(value: String, encoded: String) {
        let url = Endpoint.search(SearchQuery(value)).url(relativeTo: Self.base)
        #expect(url.absoluteString == "https://api.discogs.com/database/search?q=\(encoded)&page=1&per_page=100")
        let decoded = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "q" }?.value
        #expect(decoded == value)
    }

    @Test func searchSendsEveryDocumentedParameterInWireNames() {
        let query = SearchQuery("q", type: .release, title: "t", releaseTitle: "rt", credit: "c", artist: "a",
                                anv: "n", label: "l", genre: "g", style: "s", country: "UK", year: "1999",
                                format: "Vinyl", catno: "CAT 1", barcode: "123", track: "tr", submitter: "sub",
                                contributor: "con")
        #expect(query.queryItems.map(\.name) == ["q", "type", "title", "release_title", "credit", "artist", "anv",
                                                 "label", "genre", "style", "country", "year", "format", "catno",
                                                 "barcode", "track", "submitter", "contributor"])
        #expect(Endpoint.search(query).requiresAuthentication)
    }

    @Test func emptySearchValuesAreLeftOut() {
        #expect(SearchQuery("  ", artist: "").isEmpty)
    }

    @Test(arguments: [(0, 50), (1, 0), (1, 101), (-3, 10)])
    func pageRequestRejectsOutOfRangeNumbers(page: Int, perPage: Int) {
        #expect(throws: DiscogsError.self) { try PageRequest(page: page, perPage: perPage).validated() }
    }

    @Test func baseURLWithPathAndTrailingSlashKeepsThePath() {
        let base = URL(string: "http://127.0.0.1:8080/api/")!
        #expect(Endpoint.release(1).url(relativeTo: base).absoluteString == "http://127.0.0.1:8080/api/releases/1")
    }

    @Test func withPageReplacesPageParameters() {
        let endpoint = Endpoint.labelReleases(1).withPage(PageRequest(page: 4, perPage: 10))
        #expect(endpoint.query.filter { $0.name == "page" }.map(\.value) == ["4"])
        #expect(endpoint.query.filter { $0.name == "per_page" }.map(\.value) == ["10"])
    }
}
