import DiscogsKit
import Foundation
import Testing

@Suite struct MasterVersionsDecodingTests {
    @Test func filtersAreTyped() throws {
        let (page, _) = try ModelFixtures.decode(Page<MasterVersion>.self, "master-versions-filters")
        let filters = try #require(try page.filters)
        #expect(filters.available["format"] == ["CD": 10, "Vinyl": 4])
        #expect(filters.available["country"] == ["UK": 5])
        #expect(filters.applied == ["format": ["CD"], "country": ["UK"]])
    }

    @Test func filterFacetsSkipAndReportAMalformedFacet() throws {
        let (page, _) = try ModelFixtures.decode(Page<MasterVersion>.self, "master-versions-filters")
        let collector = DecodingIssueCollector()
        let facets = try DecodingIssueCollector.$current.withValue(collector) { try page.filterFacets }
        #expect(facets.count == 1)
        #expect(facets.first?.id == "format")
        #expect(facets.first?.allowsMultipleValues == true)
        #expect(facets.first?.values.map(\.decodedValue) == ["33 ⅓ RPM", "CD"])
        #expect(facets.first?.values.first?.value == "33+%E2%85%93+RPM")
        #expect(collector.issues.map(\.codingPath) == ["[1]"])
    }

    @Test func versionsDecode() throws {
        let (page, issues) = try ModelFixtures.decode(Page<MasterVersion>.self, "master-versions-filters")
        #expect(issues.isEmpty)
        let version = try #require(page.items.first)
        #expect(version.catalogNumber == "CD 06-1164")
        #expect(version.majorFormats == ["CD"])
        #expect(version.released == "2005")
        #expect(version.thumb == nil)
        #expect(version.stats?.community == ItemStats.Counts(inCollection: 35, inWantlist: 23))
    }

    @Test func pageWithoutFiltersHasNone() throws {
        let page = try JSONDecoder().decode(Page<MasterVersion>.self, from: Data(#"{"versions": [{"id": 1}]}"#.utf8))
        #expect(try page.filters == nil)
        #expect(try page.filterFacets.isEmpty)
    }

    @Test func malformedFiltersThrow() throws {
        let page = try JSONDecoder().decode(Page<MasterVersion>.self, from: Data(
            #"{"versions": [], "filters": {"available": {"format": "CD"}}}"#.utf8))
        #expect(throws: DecodingError.self) { try page.filters }
    }
}
