import DiscogsKit
import Foundation
import Testing

/// `/releases/{id}/stats` and the two rating answers.
@Suite struct ReleaseSideAnswerTests {
    @Test(arguments: [
        (0, ReleaseStats(numHave: 150, numWant: 40)),
        (1, ReleaseStats(isOffensive: false)),
        (2, ReleaseStats(numHave: 12, numWant: 3, isOffensive: true)),
    ])
    func statsDecodeInEitherShape(index: Int, expected: ReleaseStats) throws {
        let (stats, issues) = try ModelFixtures.decode([ReleaseStats].self, "release-stats-variants")
        #expect(issues.isEmpty)
        #expect(stats[index] == expected)
    }

    @Test func statsEncodeOnlyWhatWasSent() throws {
        let json = try ModelFixtures.encodedJSON(ReleaseStats(isOffensive: false))
        #expect(json == .object(["is_offensive": .bool(false)]))
    }

    struct Ratings: Decodable {
        let community: ReleaseCommunityRating
        let user: UserReleaseRating
        let unrated: UserReleaseRating
    }

    @Test func ratingsAreIntegersOrDoubles() throws {
        let (ratings, issues) = try ModelFixtures.decode(Ratings.self, "release-ratings")
        #expect(issues.isEmpty)
        #expect(ratings.community == ReleaseCommunityRating(releaseID: 249504, rating: CommunityRating(average: 4, count: 3)))
        #expect(ratings.user == UserReleaseRating(releaseID: 249504, username: "someone", rating: 4))
        #expect(ratings.unrated.rating == 0)
    }

    @Test func ratingWithoutReleaseIDFailsNamingTheKey() {
        #expect {
            _ = try JSONDecoder().decode(UserReleaseRating.self, from: Data(#"{"username": "u", "rating": 3}"#.utf8))
        } throws: { error in
            DecodingErrorText.path(of: error) == "release_id"
        }
    }
}
