import DiscogsKit
import Foundation
import Testing

@Suite struct ZeroAsAbsentTests {
    struct Probe: Decodable {
        let value: Int?
        init(from decoder: any Decoder) throws {
            value = try decoder.container(keyedBy: DecodingProbe.Key.self).decodeNonZeroIntIfPresent(forKey: .v)
        }
    }

    @Test(arguments: [
        ("36506", 36506, false), (#""1987""#, 1987, false), ("0", nil, false), (#""0""#, nil, false),
        ("0.0", nil, false), ("null", nil, false), (#""""#, nil, false), (nil, nil, false),
        (#""none""#, nil, true), ("{}", nil, true),
    ] as [(String?, Int?, Bool)])
    func zeroMeansNone(fragment: String?, expected: Int?, reported: Bool) throws {
        let (probe, issues) = try DecodingProbe.decode(Probe.self, fragment)
        #expect(probe.value == expected)
        #expect(issues.count == (reported ? 1 : 0))
    }
}
