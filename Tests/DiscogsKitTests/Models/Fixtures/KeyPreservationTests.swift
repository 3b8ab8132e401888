import DiscogsKit
import Foundation
import Testing

/// The round-trip checker itself must notice a lost field, or the shared-fixture test proves nothing.
@Suite struct KeyPreservationTests {
    @Test(arguments: [
        (#"{"a": 1, "b": "x"}"#, #"{"a": 1, "b": "x"}"#, [String]()),
        (#"{"a": 1, "b": "x"}"#, #"{"a": 1}"#, ["b"]),
        (#"{"a": {"b": [{"c": 1}, {"c": 2, "d": true}]}}"#, #"{"a": {"b": [{"c": 1}, {"c": 2}]}}"#, ["a.b[1].d"]),
        (#"{"qty": "2"}"#, #"{"qty": 2}"#, []),
        (#"{"anv": "", "thumb": null, "urls": [], "stats": {}}"#, "{}", []),
        (#"{"master_id": 0, "year": 0, "rating": 0}"#, "{}", ["rating"]),
        (#"{"tracklist": [{"t": 1}, {"t": 2}]}"#, #"{"tracklist": [{"t": 1}]}"#, ["tracklist (list length changed)"]),
    ] as [(String, String, [String])])
    func reportsEveryLostMeaningfulMember(original: String, reencoded: String, lost: [String]) throws {
        let a = try JSONDecoder().decode(JSONValue.self, from: Data(original.utf8))
        let b = try JSONDecoder().decode(JSONValue.self, from: Data(reencoded.utf8))
        #expect(KeyPreservation.lostPaths(original: a, reencoded: b) == lost)
    }
}
