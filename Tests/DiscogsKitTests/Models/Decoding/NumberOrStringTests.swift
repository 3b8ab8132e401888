import DiscogsKit
import Foundation
import Testing

@Suite struct NumberOrStringTests {
    struct IntProbe: Decodable {
        let value: Int?
        init(from decoder: any Decoder) throws {
            value = try decoder.container(keyedBy: DecodingProbe.Key.self).decodeNumberOrStringIfPresent(Int.self, forKey: .v)
        }
    }

    struct DoubleProbe: Decodable {
        let value: Double?
        init(from decoder: any Decoder) throws {
            value = try decoder.container(keyedBy: DecodingProbe.Key.self).decodeNumberOrStringIfPresent(Double.self, forKey: .v)
        }
    }

    struct RequiredIntProbe: Decodable {
        let value: Int
        init(from decoder: any Decoder) throws {
            value = try decoder.container(keyedBy: DecodingProbe.Key.self).decodeNumberOrString(Int.self, forKey: .v)
        }
    }

    // (JSON fragment or nil for a missing key, expected value, whether an issue is reported)
    @Test(arguments: [
        ("20", 20, false), (#""2""#, 2, false), (#""2005""#, 2005, false), ("20.0", 20, false),
        (#"" 7 ""#, 7, false), (#""2.0""#, 2, false), ("-3", -3, false), (#""1e3""#, 1000, false),
        (#""""#, nil, false), ("null", nil, false), (nil, nil, false),
        (#""n/a""#, nil, true), (#""1-1""#, nil, true), ("20.5", nil, true), ("true", nil, true),
        ("{}", nil, true), ("[1]", nil, true), (#""nan""#, nil, true), ("1e30", nil, true), (#""0x10""#, nil, true),
    ] as [(String?, Int?, Bool)])
    func integers(fragment: String?, expected: Int?, reported: Bool) throws {
        let (probe, issues) = try DecodingProbe.decode(IntProbe.self, fragment)
        #expect(probe.value == expected)
        #expect(issues.count == (reported ? 1 : 0))
        if reported { #expect(issues.first?.codingPath == "v") }
    }

    @Test(arguments: [
        ("3.65", 3.65, false), ("5", 5.0, false), (#""99.8""#, 99.8, false), ("151.52", 151.52, false),
        (#""-0.5""#, -0.5, false), (#""""#, nil, false), ("null", nil, false), (nil, nil, false),
        (#""inf""#, nil, true), (#""$250.00""#, nil, true), ("false", nil, true), ("{}", nil, true),
    ] as [(String?, Double?, Bool)])
    func doubles(fragment: String?, expected: Double?, reported: Bool) throws {
        let (probe, issues) = try DecodingProbe.decode(DoubleProbe.self, fragment)
        #expect(probe.value == expected)
        #expect(issues.count == (reported ? 1 : 0))
    }

    @Test func requiredIntegerAcceptsAString() throws {
        #expect(try DecodingProbe.decode(RequiredIntProbe.self, #""249504""#).0.value == 249504)
    }

    @Test func requiredIntegerMissingThrowsKeyNotFound() {
        #expect {
            _ = try DecodingProbe.decode(RequiredIntProbe.self, nil)
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return false }
            return key.stringValue == "v" && DecodingErrorText.path(of: error) == "v"
        }
    }

    @Test(arguments: ["null", #""""#])
    func requiredIntegerNullOrEmptyThrowsValueNotFound(fragment: String) {
        #expect {
            _ = try DecodingProbe.decode(RequiredIntProbe.self, fragment)
        } throws: { error in
            guard case DecodingError.valueNotFound = error else { return false }
            return DecodingErrorText.path(of: error) == "v"
        }
    }

    @Test(arguments: [#""abc""#, "2.5", "true"])
    func requiredIntegerInvalidThrowsDataCorrupted(fragment: String) {
        #expect {
            _ = try DecodingProbe.decode(RequiredIntProbe.self, fragment)
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return DecodingErrorText.path(of: error) == "v" && context.debugDescription.contains("number")
        }
    }

    @Test func reportNamesTheOffendingText() throws {
        let (_, issues) = try DecodingProbe.decode(IntProbe.self, #""unknown""#)
        #expect(issues.first?.message.contains(#""unknown""#) == true)
    }
}
