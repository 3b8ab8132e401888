import DiscogsKit
import Foundation
import Testing

@Suite struct ReleaseDecodingTests {
    @Test func numbersSentAsStringsAreRead() throws {
        let (release, issues) = try ModelFixtures.decode(Release.self, "release-traps")
        #expect(issues.isEmpty, "\(issues)")
        #expect(release.year == 1999)
        #expect(release.formats.map(\.quantity) == [2, 1])
        #expect(release.formatQuantity == 3)
        #expect(release.numForSale == 4)
        #expect(release.estimatedWeight == 460)
        #expect(release.labels.map(\.entityType) == ["1", "1"])
        #expect(release.labels.map(\.catalogNumber) == ["LA 001", "12345"])
        #expect(release.labels.map(\.id) == [7, 8])
        #expect(release.artists.first?.id == 42)
        #expect(release.images.first?.height == 600)
        #expect(release.videos.first?.duration == 245)
        #expect(release.community?.have == 10)
    }

    @Test func integerRatingAndPriceAreReadAsDoubles() throws {
        let (release, _) = try ModelFixtures.decode(Release.self, "release-traps")
        #expect(release.community?.rating == CommunityRating(average: 5, count: 2))
        #expect(release.lowestPrice == 20)
    }

    @Test func emptyStringsMeaningUnknownAreNil() throws {
        let (release, _) = try ModelFixtures.decode(Release.self, "release-traps")
        #expect(release.country == nil)
        #expect(release.thumb == nil)
        #expect(release.images.first == Image(type: .primary, width: 600, height: 600))
        #expect(release.tracklist.map(\.duration) == [nil, "3:32", nil, nil])
        #expect(release.tracklist.map(\.position) == [nil, "A1", "A2", nil])
        #expect(release.artists.map(\.anv) == ["Some One", nil])
        #expect(release.artists.map(\.join) == ["&", nil])
        #expect(release.artists.map(\.displayName) == ["Some One", "Other"])
        #expect(release.artists.first?.thumbnailURL == nil)
        #expect(release.companies.first?.catalogNumber == nil)
    }

    @Test func codesKeepTheirTextExactly() throws {
        let (release, _) = try ModelFixtures.decode(Release.self, "release-traps")
        #expect(release.identifiers.map(\.value) == ["5012345678900", " A1 "])
        #expect(release.identifiers.last?.description == "Side A")
    }

    @Test func unknownFormatNameAndTrackTypeAreKeptAndEncodedBack() throws {
        let (release, _) = try ModelFixtures.decode(Release.self, "release-traps")
        #expect(release.formats.map(\.name) == [.vinyl, .unknown("Tefifon")])
        #expect(release.tracklist.map(\.type) == [.heading, .track, .unknown("medley"), .index])
        let json = try ModelFixtures.encodedJSON(release)
        #expect(json["formats"]?[1]?["name"] == .string("Tefifon"))
        #expect(json["tracklist"]?[2]?["type_"] == .string("medley"))
    }

    @Test func indexTrackKeepsItsSubTracksAndCreditsKeepRoleAndTracks() throws {
        let (release, _) = try ModelFixtures.decode(Release.self, "release-traps")
        #expect(release.tracklist[3].subTracks.map(\.title) == ["Part One", "Part Two"])
        #expect(release.tracklist[3].subTracks.map(\.duration) == ["1:00", nil])
        #expect(release.extraArtists.first?.role == "Producer, Written-By")
        #expect(release.extraArtists.first?.tracks == "A1, B1a")
    }

    @Test func masterIDZeroWithNullURLIsNoMaster() throws {
        let (release, _) = try ModelFixtures.decode(Release.self, "release-traps")
        #expect(release.masterID == nil)
        #expect(release.masterURL == nil)
    }

    @Test func yearZeroWithReleasedAbsentIsUnknown() throws {
        let (release, issues) = try ModelFixtures.decode(Release.self, "release-year-zero")
        #expect(issues.isEmpty)
        #expect(release.year == nil)
        #expect(release.released == nil)
        #expect(release.releasedFormatted == nil)
        #expect(release.lowestPrice == nil)
        #expect(release.genres.isEmpty)
        #expect(release.tracklist.first?.duration == nil)
    }

    @Test(arguments: [(0, 20.0), (1, 151.52), (2, nil), (3, nil), (4, 12.99), (5, nil)] as [(Int, Double?)])
    func lowestPriceIsIntegerFloatNullOrAbsent(index: Int, expected: Double?) throws {
        let (releases, _) = try ModelFixtures.decode([Release].self, "releases-lowest-price")
        #expect(releases[index].lowestPrice == expected)
    }

    @Test func nonNumericLowestPriceIsReportedNotFatal() throws {
        let (releases, issues) = try ModelFixtures.decode([Release].self, "releases-lowest-price")
        #expect(releases.count == 6)
        #expect(issues.map(\.codingPath) == ["[5].lowest_price"])
        #expect(issues.first?.message.contains(#""n/a""#) == true)
    }

    @Test func malformedTracklistElementsAreSkippedAndReported() throws {
        let (release, issues) = try ModelFixtures.decode(Release.self, "release-malformed-tracklist")
        #expect(release.tracklist.map(\.title) == ["Fine", "Also Fine"])
        #expect(release.artists.map(\.name) == ["Fine Artist"])
        #expect(release.genres == ["Electronic"])
        #expect(Set(issues.map(\.codingPath)) == ["tracklist[1]", "tracklist[2]", "tracklist[3]", "artists[1]"])
        #expect(issues.allSatisfy { $0.message.hasPrefix("skipped a malformed") })
        #expect(issues.first { $0.codingPath == "tracklist[2]" }?.message.contains("`title`") == true)
    }

    @Test func missingIDFailsWithAnErrorNamingTheKey() {
        #expect {
            _ = try ModelFixtures.decode(Release.self, "release-missing-id")
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return false }
            return key.stringValue == "id" && DecodingErrorText.path(of: error) == "id"
                && DecodingErrorText.describe(error).contains("`id`")
        }
    }

    @Test(arguments: [#"{"id": null}"#, #"{"id": "abc"}"#, #"{"id": ""}"#, #"{"id": true}"#])
    func unusableIDFailsWithAnErrorNamingTheKey(json: String) {
        #expect {
            _ = try JSONDecoder().decode(Release.self, from: Data(json.utf8))
        } throws: { error in
            error is DecodingError && DecodingErrorText.path(of: error) == "id"
        }
    }

    @Test func onlyIDIsRequired() throws {
        let release = try JSONDecoder().decode(Release.self, from: Data(#"{"id": 1, "title": null, "artists": null}"#.utf8))
        #expect(release == Release(id: 1))
    }

    @Test func encodingGivesTheAPIKeys() throws {
        let (release, _) = try ModelFixtures.decode(Release.self, "release-traps")
        let json = try ModelFixtures.encodedJSON(release)
        for key in ["released_formatted", "extraartists", "format_quantity", "num_for_sale", "lowest_price",
                    "estimated_weight"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["tracklist"]?[3]?["sub_tracks"] != nil)
        #expect(json["labels"]?[0]?["catno"] == .string("LA 001"))
        #expect(json["labels"]?[0]?["entity_type_name"] == .string("Label"))
        #expect(json["formats"]?[0]?["qty"] == .number(2))
        #expect(Self.camelCaseKeys(in: json).isEmpty, "\(Self.camelCaseKeys(in: json))")
    }

    @Test func encodeThenDecodeGivesAnEqualValue() throws {
        let (release, _) = try ModelFixtures.decode(Release.self, "release-traps")
        let again = try JSONDecoder().decode(Release.self, from: JSONEncoder().encode(release))
        #expect(again == release)
    }

    /// Every object key with an upper-case letter, anywhere in `json`.
    static func camelCaseKeys(in json: JSONValue) -> [String] {
        switch json {
        case .object(let members):
            return members.flatMap { key, value in
                (key.contains { $0.isUppercase } ? [key] : []) + camelCaseKeys(in: value)
            }
        case .array(let elements):
            return elements.flatMap(camelCaseKeys(in:))
        default:
            return []
        }
    }
}
