/// What makes two enrichment runs the same run: the target list, the output format and the
/// settings that change what is matched or written. The journal records it on its first line,
/// and a resume with another list, format or settings is refused instead of silently writing a
/// mix of two runs.
///
/// ```swift
/// let identity = EnrichmentRunIdentity(rows: rows, format: .jsonLines, settings: ["max-fetches=2"])
/// identity.fingerprint // "3f0c…", the same for the same rows on any machine
/// ```
public struct EnrichmentRunIdentity: Sendable, Hashable, Codable {
    /// Rows in the target list.
    public var rows: Int
    /// A 64-bit FNV-1a hash of every row (hexadecimal), stable across processes and machines.
    public var fingerprint: String
    /// The output format's name.
    public var format: String
    /// The settings that shape the output, as `name=value` words.
    public var settings: [String]

    /// The identity of a run over `rows` writing `format` with `settings`.
    public init(rows: [TargetListReader.Row], format: ItemSinkFormat, settings: [String] = []) {
        var hash = FNV1a()
        for row in rows {
            switch row {
            case .target(let target):
                hash.add(["t", String(target.row), target.artist, target.title, target.label ?? "", target.catno ?? "",
                          target.durationMilliseconds.map(String.init) ?? "", target.year.map(String.init) ?? ""])
            case .bad(let error):
                hash.add(["b", String(error.row), error.reason])
            }
        }
        self.rows = rows.count
        self.fingerprint = hash.hex
        self.format = format.rawValue
        self.settings = settings
    }

    /// Why `other` is not this run, in words, or `nil` when it is.
    public func difference(from other: EnrichmentRunIdentity) -> String? {
        if format != other.format { return "was written as \(other.format), not \(format)" }
        if rows != other.rows || fingerprint != other.fingerprint {
            return "was written for another target list (\(other.rows) rows, fingerprint \(other.fingerprint); now \(rows) rows, \(fingerprint))"
        }
        if settings != other.settings {
            return "was written with other settings (\(other.settings.joined(separator: " ")); now \(settings.joined(separator: " ")))"
        }
        return nil
    }
}

/// 64-bit FNV-1a over fields, each closed by a 0x1F unit separator.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ fields: [String]) {
        for field in fields {
            for byte in field.utf8 { mix(byte) }
            mix(0x1F)
        }
        mix(0x1E)
    }

    private mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
