import DiscogsKit
import Foundation
import Testing

/// Every recorded Discogs answer in `../shared/fixtures/discogs` decodes to its model without a
/// tolerated issue, and encoding it back loses no field the model declares.
@Suite(.enabled(if: SharedFixtures.isAvailable,
                "../shared/fixtures/discogs is not next to the package; the recorded answers were not checked"))
struct SharedFixtureDecodingTests {
    @Test func fixturesWereFound() {
        #expect(!SharedFixtures.files.isEmpty, "found no *.json under \(SharedFixtures.directory?.path ?? "?")")
    }

    @Test(arguments: SharedFixtures.files)
    func decodesWithoutIssues(file: String) throws {
        let model = try #require(SharedFixtures.model(for: file), "no model is mapped for \(file)")
        let outcome = try model.roundTrip(SharedFixtures.data(file))
        #expect(outcome.issues.isEmpty, "\(file) as \(model.name): \(outcome.issues.map(\.description))")
    }

    @Test(arguments: SharedFixtures.files)
    func reencodingKeepsEveryDeclaredField(file: String) throws {
        let model = try #require(SharedFixtures.model(for: file), "no model is mapped for \(file)")
        let data = try SharedFixtures.data(file)
        let outcome = try model.roundTrip(data)
        let original = try JSONDecoder().decode(JSONValue.self, from: data)
        let reencoded = try JSONDecoder().decode(JSONValue.self, from: outcome.encoded)
        let lost = KeyPreservation.lostPaths(original: original, reencoded: reencoded)
        #expect(lost.isEmpty, "\(file) as \(model.name) lost \(lost.count): \(lost.prefix(20))")
        #expect(outcome.stable, "\(file) as \(model.name): decode → encode → decode changed the value")
    }
}
