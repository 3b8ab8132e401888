import DiscogsKit
import Foundation
import Testing

@Suite struct LossyObjectTests {
    struct Inner: Decodable, Equatable {
        let id: Int
    }

    struct Probe: Decodable {
        let value: Inner?
        init(from decoder: any Decoder) throws {
            value = try decoder.container(keyedBy: DecodingProbe.Key.self).decodeLossyIfPresent(Inner.self, forKey: .v)
        }
    }

    @Test(arguments: [
        (#"{"id": 7}"#, 7, false), ("null", nil, false), (nil, nil, false),
        ("{}", nil, true), (#""community""#, nil, true), ("[1]", nil, true), (#"{"id": "x"}"#, nil, true),
    ] as [(String?, Int?, Bool)])
    func malformedObjectIsReportedAndAbsent(fragment: String?, id: Int?, reported: Bool) throws {
        let (probe, issues) = try DecodingProbe.decode(Probe.self, fragment)
        #expect(probe.value?.id == id)
        #expect(issues.count == (reported ? 1 : 0))
        if reported { #expect(issues.first?.codingPath.hasPrefix("v") == true) }
    }

    @Test func aMalformedNestedBlockDoesNotFailTheRelease() throws {
        let json = #"{"id": 1, "community": "lots", "title": "T"}"#
        let (release, issues) = try DecodingIssueCollector.decode(Release.self, from: Data(json.utf8))
        #expect(release.title == "T")
        #expect(release.community == nil)
        #expect(issues.map(\.codingPath) == ["community"])
    }
}
