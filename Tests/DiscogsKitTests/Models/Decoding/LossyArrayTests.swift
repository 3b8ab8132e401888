import DiscogsKit
import Foundation
import Testing

@Suite struct LossyArrayTests {
    struct Element: Decodable, Equatable {
        let id: Int
    }

    struct Probe: Decodable {
        let value: [Element]
        init(from decoder: any Decoder) throws {
            value = try decoder.container(keyedBy: DecodingProbe.Key.self).decodeLossyArray([Element].self, forKey: .v)
        }
    }

    @Test(arguments: [
        (#"[{"id": 1}, {"id": 2}]"#, [1, 2], [String]()), (#"[{"id": 1}, {}, {"id": 3}]"#, [1, 3], ["v[1]"]),
        (#"[{"id": "x"}, 5, {"id": 4}]"#, [4], ["v[0]", "v[1]"]), ("[]", [], []), ("null", [], []),
        (nil, [], []), ("{}", [], ["v"]), (#""x""#, [], ["v"]),
    ] as [(String?, [Int], [String])])
    func malformedElementsAreSkippedAndReported(fragment: String?, ids: [Int], issuePaths: [String]) throws {
        let (probe, issues) = try DecodingProbe.decode(Probe.self, fragment)
        #expect(probe.value.map(\.id) == ids)
        #expect(issues.map(\.codingPath) == issuePaths)
    }

    @Test func reportNamesTheElementTypeAndTheProblem() throws {
        let (_, issues) = try DecodingProbe.decode(Probe.self, #"[{"name": "no id"}]"#)
        #expect(issues.first?.message.contains("Element") == true)
        #expect(issues.first?.message.contains("id") == true)
    }
}
