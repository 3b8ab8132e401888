import DiscogsKit
import Foundation
import Testing

@Suite struct BoolOrStringTests {
    struct Probe: Decodable {
        let value: Bool?
        init(from decoder: any Decoder) throws {
            value = try decoder.container(keyedBy: DecodingProbe.Key.self).decodeBoolOrStringIfPresent(forKey: .v)
        }
    }

    @Test(arguments: [
        ("true", true, false), ("false", false, false), (#""true""#, true, false), (#""False""#, false, false),
        (#""1""#, true, false), ("0", false, false), ("1", true, false), (#""""#, nil, false), ("null", nil, false),
        (nil, nil, false), (#""yes""#, nil, true), ("2", nil, true), ("0.5", nil, true), ("{}", nil, true),
    ] as [(String?, Bool?, Bool)])
    func flagsInAnySpelling(fragment: String?, expected: Bool?, reported: Bool) throws {
        let (probe, issues) = try DecodingProbe.decode(Probe.self, fragment)
        #expect(probe.value == expected)
        #expect(issues.count == (reported ? 1 : 0))
    }
}
