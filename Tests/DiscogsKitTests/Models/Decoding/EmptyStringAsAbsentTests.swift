import DiscogsKit
import Foundation
import Testing

@Suite struct EmptyStringAsAbsentTests {
    struct Probe: Decodable {
        let value: String?
        init(from decoder: any Decoder) throws {
            value = try decoder.container(keyedBy: DecodingProbe.Key.self).decodeNonEmptyStringIfPresent(forKey: .v)
        }
    }

    @Test(arguments: [
        (#""3:32""#, "3:32", false), (#""https://i.discogs.com/x.jpeg""#, "https://i.discogs.com/x.jpeg", false),
        (#"" ""#, " ", false), (#""""#, nil, false), ("null", nil, false), (nil, nil, false),
        ("5", nil, true), ("true", nil, true), ("[]", nil, true),
    ] as [(String?, String?, Bool)])
    func emptyMeansAbsent(fragment: String?, expected: String?, reported: Bool) throws {
        let (probe, issues) = try DecodingProbe.decode(Probe.self, fragment)
        #expect(probe.value == expected)
        #expect(issues.count == (reported ? 1 : 0))
    }
}
