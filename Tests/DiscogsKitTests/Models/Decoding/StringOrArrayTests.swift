import DiscogsKit
import Foundation
import Testing

@Suite struct StringOrArrayTests {
    struct Probe: Decodable {
        let value: [String]
        init(from decoder: any Decoder) throws {
            value = try decoder.container(keyedBy: DecodingProbe.Key.self).decodeStringOrArray(forKey: .v)
        }
    }

    @Test(arguments: [
        (#""Warp Records""#, ["Warp Records"], 0), (#"["XL", "Mute"]"#, ["XL", "Mute"], 0), ("[]", [], 0),
        (#""""#, [], 0), ("null", [], 0), (nil, [], 0), (#"["a", 5]"#, ["a", "5"], 0), ("7", ["7"], 0),
        (#"["a", {}, "b", null]"#, ["a", "b"], 2), ("{}", [], 1), ("true", [], 1),
    ] as [(String?, [String], Int)])
    func singleStringOrList(fragment: String?, expected: [String], issueCount: Int) throws {
        let (probe, issues) = try DecodingProbe.decode(Probe.self, fragment)
        #expect(probe.value == expected)
        #expect(issues.count == issueCount)
    }

    @Test func skippedElementIsReportedAtItsIndex() throws {
        let (_, issues) = try DecodingProbe.decode(Probe.self, #"["a", {"x": 1}]"#)
        #expect(issues.map(\.codingPath) == ["v[1]"])
    }
}
