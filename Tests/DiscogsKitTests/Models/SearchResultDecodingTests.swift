import DiscogsKit
import Foundation
import Testing

@Suite struct SearchResultDecodingTests {
    func page() throws -> (Page<SearchResult>, [DecodingIssue]) {
        try ModelFixtures.decode(Page<SearchResult>.self, "search-legacy")
    }

    @Test func paginationNumbersSentAsStringsAreRead() throws {
        let (page, issues) = try page()
        #expect(issues.isEmpty, "\(issues)")
        #expect(page.pagination == Pagination(page: 1, pages: 2, perPage: 3, items: 5,
                                              urls: .init(next: "https://api.discogs.com/database/search?q=x&page=2")))
        #expect(page.pagination.hasNext)
    }

    @Test func releaseHitReadsItsStringYearSingleLabelAndZeroMaster() throws {
        let hit = try page().0.items[0]
        #expect(hit.type == .release)
        #expect(hit.year == 1991)
        #expect(hit.country == nil)
        #expect(hit.label == ["DGC"])
        #expect(hit.barcode == ["7 2064-24425-2 4", "720642442524"])
        #expect(hit.style.isEmpty)
        #expect(hit.thumb == nil)
        #expect(hit.masterID == nil)
        #expect(hit.masterURL == nil)
        #expect(hit.community == Community(have: 20, want: 10))
        #expect(hit.userData == SearchUserData(inWantlist: false, inCollection: true))
        #expect(hit.formats == [Format(name: .cd, quantity: 1, descriptions: ["Album"])])
        #expect(hit.catalogNumber == "DGCD-24425")
    }

    @Test func hitsOfEachTypeDecode() throws {
        let items = try page().0.items
        #expect(items.map(\.type) == [.release, .artist, .master, .unknown("compilation")])
        #expect(items[1].title == "Nirvana")
        #expect(items[1].coverImage == nil)
        #expect(items[2].year == nil)
        #expect(items[2].label == ["DGC", "Geffen"])
        #expect(items[2].masterID == 13814)
    }

    @Test func encodingGivesTheAPIKeys() throws {
        let json = try ModelFixtures.encodedJSON(try page().0)
        let hit = try #require(json["results"]?[0])
        for key in ["user_data", "format_quantity", "catno", "resource_url", "label", "barcode"] {
            #expect(hit[key] != nil, "missing \(key)")
        }
        #expect(json["pagination"]?["per_page"] == .number(3))
    }
}
