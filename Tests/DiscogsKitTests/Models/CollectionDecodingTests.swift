import DiscogsKit
import Foundation
import Testing

@Suite struct CollectionDecodingTests {
    @Test func collectionItemsReadNotesAsAListAndZeroMasterAsNone() throws {
        let (page, _) = try ModelFixtures.decode(Page<CollectionItem>.self, "collection-releases")
        let item = try #require(page.items.first)
        #expect(item.instanceID == 431009995)
        #expect(item.folderID == 1)
        #expect(item.rating == 3)
        #expect(item.notes == [CollectionNote(fieldID: 1, value: "Near Mint (NM or M-)"), CollectionNote(fieldID: 3, value: "42")])
        let info = try #require(item.basicInformation)
        #expect(info.masterID == nil)
        #expect(info.masterURL == nil)
        #expect(info.thumb == nil)
        #expect(info.coverImage == nil)
        #expect(info.formats.first?.text == "Purple")
        #expect(info.labels.first?.catalogNumber == "PR014")
        #expect(info.artists.first?.anv == nil)
    }

    @Test func legacyStringNotesAreReportedAndEmpty() throws {
        let (page, issues) = try ModelFixtures.decode(Page<CollectionItem>.self, "collection-releases")
        #expect(page.items.count == 2)
        #expect(page.items[1].instanceID == 146424864)
        #expect(page.items[1].notes.isEmpty)
        #expect(issues.map(\.codingPath) == ["releases[1].notes"])
    }

    @Test func addToFolderAnswerNeedsOnlyTheInstanceID() throws {
        let short = #"{"instance_id": 3, "resource_url": "https://api.discogs.com/users/u/collection/folders/1/releases/2/instances/3"}"#
        let instance = try JSONDecoder().decode(CollectionInstance.self, from: Data(short.utf8))
        #expect(instance.instanceID == 3)
        #expect(instance.basicInformation == nil)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CollectionInstance.self, from: Data(#"{"resource_url": "x"}"#.utf8))
        }
    }

    @Test func folderAndFieldWrappersDecode() throws {
        let folders = try JSONDecoder().decode(CollectionFolders.self, from: Data(
            #"{"folders": [{"id": 0, "name": "All", "count": "2"}, {"id": 1, "name": "Uncategorized", "count": 2}]}"#.utf8))
        #expect(folders.folders.map(\.count) == [2, 2])
        let fields = try JSONDecoder().decode(CollectionFields.self, from: Data(
            #"{"fields": [{"id": 1, "name": "Media", "type": "dropdown", "options": ["Mint (M)"], "public": true}, {"id": 3, "name": "Notes", "type": "textarea", "lines": 3}, {"id": 4, "type": "slider"}]}"#.utf8))
        #expect(fields.fields.map(\.type) == [.dropdown, .textarea, .unknown("slider")])
        #expect(fields.fields[0].isPublic == true)
        #expect(try ModelFixtures.encodedJSON(fields.fields[0])["public"] == .bool(true))
    }
}
