import DiscogsKit
import Foundation
import Testing

/// `JSONValue` keeps every kind apart, whatever order it probes them in.
@Suite struct JSONValueTests {
    @Test(arguments: [
        ("true", JSONValue.bool(true)),
        ("false", .bool(false)),
        ("0", .number(0)),
        ("1", .number(1)),
        ("-2.5", .number(-2.5)),
        ("1e300", .number(1e300)),
        ("null", .null),
        (#""1""#, .string("1")),
        (#""true""#, .string("true")),
        (#""""#, .string("")),
        ("[]", .array([])),
        ("{}", .object([:])),
        (#"[true, 1, "1", null, {"a": [false]}]"#, .array([.bool(true), .number(1), .string("1"), .null, .object(["a": .array([.bool(false)])])])),
        (#"{"id": 1, "title": "x", "videos": [], "community": {"have": 3}}"#,
         .object(["id": .number(1), "title": .string("x"), "videos": .array([]), "community": .object(["have": .number(3)])])),
    ])
    func decodesEachKind(json: String, expected: JSONValue) throws {
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        #expect(value == expected)
        #expect(try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value)) == expected)
    }

    @Test(arguments: ["", "tru", "{", #"{"a": }"#])
    func malformedJSONThrows(json: String) {
        #expect(throws: (any Error).self) { _ = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)) }
    }
}
