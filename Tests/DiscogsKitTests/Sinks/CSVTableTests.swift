import DiscogsKit
import Foundation
import Testing

/// CSV tables of list items: a header known from the type, whatever the rows hold.
@Suite struct CSVTableTests {
    /// Every key a decoded search result encodes has a column, so no cell is dropped, and a
    /// table with no rows still has the full header.
    @Test func typedTablesHaveEveryColumnTheRowsUse() throws {
        let (page, _) = try ModelFixtures.decode(Page<SearchResult>.self, "search-legacy")
        let table = CSVTable(for: SearchResult.self)
        let sampled = try CSVTable(sample: page.items)
        #expect(Set(sampled.columns).isSubset(of: Set(table.columns)), "\(Set(sampled.columns).subtracting(table.columns))")
        #expect(table.columns.contains("catno"))
        #expect(table.columns == table.columns.sorted())
        #expect(table.header.hasSuffix("\r\n"))
    }

    /// A key absent from the first rows (here: `catno`) keeps its column for a later row.
    @Test func laterRowsKeepKeysTheFirstLacked() throws {
        let first = try JSONDecoder().decode(SearchResult.self, from: Data(#"{"id": 1, "title": "A"}"#.utf8))
        let later = try JSONDecoder().decode(SearchResult.self, from: Data(#"{"id": 2, "title": "B", "catno": "X-1"}"#.utf8))
        let table = CSVTable(for: SearchResult.self)
        let index = try #require(table.columns.firstIndex(of: "catno"))
        let cells = try table.line(later).trimmingCharacters(in: .newlines).split(separator: ",", omittingEmptySubsequences: false)
        #expect(cells[index] == "X-1")
        #expect(try table.line(first).split(separator: ",", omittingEmptySubsequences: false).count == table.columns.count)
    }

    @Test(arguments: [MasterVersion.csvColumns, ArtistRelease.csvColumns, LabelRelease.csvColumns])
    func everyListItemNamesItsID(columns: [String]) {
        #expect(columns.contains("id"))
        #expect(columns.contains("title"))
    }
}
