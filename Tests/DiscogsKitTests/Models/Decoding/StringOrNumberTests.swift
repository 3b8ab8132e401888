import DiscogsKit
import Foundation
import Testing

@Suite struct StringOrNumberTests {
    struct Probe: Decodable {
        let value: String?
        init(from decoder: any Decoder) throws {
            value = try decoder.container(keyedBy: DecodingProbe.Key.self).decodeStringOrNumberIfPresent(forKey: .v)
        }
    }

    struct RequiredProbe: Decodable {
        let value: String
        init(from decoder: any Decoder) throws {
            value = try decoder.container(keyedBy: DecodingProbe.Key.self).decodeStringOrNumber(forKey: .v)
        }
    }

    @Test(arguments: [
        (#""1-1""#, "1-1", false), ("5", "5", false), ("5.0", "5", false), ("2.5", "2.5", false),
        (#""1""#, "1", false), (#"" 0 42 ""#, " 0 42 ", false), (#""""#, nil, false), ("null", nil, false),
        (nil, nil, false), ("true", nil, true), ("{}", nil, true), (#"["1"]"#, nil, true),
    ] as [(String?, String?, Bool)])
    func optionalText(fragment: String?, expected: String?, reported: Bool) throws {
        let (probe, issues) = try DecodingProbe.decode(Probe.self, fragment)
        #expect(probe.value == expected)
        #expect(issues.count == (reported ? 1 : 0))
    }

    @Test(arguments: [(#""1-1""#, "1-1"), ("1234", "1234")])
    func requiredText(fragment: String, expected: String) throws {
        #expect(try DecodingProbe.decode(RequiredProbe.self, fragment).0.value == expected)
    }

    @Test func requiredMissingThrowsKeyNotFound() {
        #expect {
            _ = try DecodingProbe.decode(RequiredProbe.self, nil)
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return false }
            return key.stringValue == "v"
        }
    }

    @Test(arguments: [("null", "valueNotFound"), (#""""#, "valueNotFound"), ("false", "typeMismatch"), ("{}", "typeMismatch")])
    func requiredInvalidThrows(fragment: String, kind: String) {
        #expect {
            _ = try DecodingProbe.decode(RequiredProbe.self, fragment)
        } throws: { error in
            let path = DecodingErrorText.path(of: error) == "v"
            switch error {
            case DecodingError.valueNotFound: return path && kind == "valueNotFound"
            case DecodingError.typeMismatch: return path && kind == "typeMismatch"
            default: return false
            }
        }
    }
}
