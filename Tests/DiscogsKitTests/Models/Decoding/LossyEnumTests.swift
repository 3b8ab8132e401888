import DiscogsKit
import Foundation
import Testing

@Suite struct LossyEnumTests {
    enum Shape: LossyEnum {
        case round, square, unknown(String)
        static let knownCases: [Shape] = [.round, .square]
        var rawValue: String {
            switch self {
            case .round: "round"
            case .square: "square"
            case .unknown(let value): value
            }
        }
    }

    struct Probe: Decodable {
        let value: Shape?
        init(from decoder: any Decoder) throws {
            value = try decoder.container(keyedBy: DecodingProbe.Key.self).decodeLossyEnumIfPresent(Shape.self, forKey: .v)
        }
    }

    @Test(arguments: [
        (#""round""#, Shape.round, false), (#""square""#, .square, false), (#""hexagon""#, .unknown("hexagon"), false),
        (#""Round""#, .unknown("Round"), false), ("3", .unknown("3"), false), (#""""#, nil, false),
        ("null", nil, false), (nil, nil, false), ("true", nil, true), ("{}", nil, true),
    ] as [(String?, Shape?, Bool)])
    func anyStringDecodes(fragment: String?, expected: Shape?, reported: Bool) throws {
        let (probe, issues) = try DecodingProbe.decode(Probe.self, fragment)
        #expect(probe.value == expected)
        #expect(issues.count == (reported ? 1 : 0))
    }

    @Test(arguments: ["round", "square", "hexagon", "Lathe Cut"])
    func encodesBackItsRawString(raw: String) throws {
        let value = Shape(rawValue: raw)
        let data = try JSONEncoder().encode([value])
        #expect(String(decoding: data, as: UTF8.self) == #"["\#(raw)"]"#)
        #expect(try JSONDecoder().decode([Shape].self, from: data) == [value])
    }

    @Test func initRawValuePicksTheKnownCase() {
        #expect(Shape(rawValue: "round") == .round)
        #expect(Shape(rawValue: "round").isKnown)
        #expect(!Shape(rawValue: "oval").isKnown)
        #expect(Shape(rawValue: "oval").description == "oval")
    }

    @Test func aNonStringElementFailsWithTypeMismatch() {
        #expect {
            _ = try JSONDecoder().decode([Shape].self, from: Data("[true]".utf8))
        } throws: { error in
            guard case DecodingError.typeMismatch = error else { return false }
            return true
        }
    }
}
