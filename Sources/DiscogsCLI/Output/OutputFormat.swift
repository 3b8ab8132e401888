import DiscogsKit
import Foundation

/// How a command prints its results.
enum OutputFormat: String, Sendable, CaseIterable {
    /// A readable summary (the default on a terminal).
    case summary
    /// The model as JSON with the API's snake_case keys (the default when piped, for one item).
    case json
    /// One JSON object per line (for lists: one per item).
    case jsonl
    /// CSV with a header row (lists only).
    case csv

    /// The option spec.
    static let spec = OptionSpec.option("format", "FORMAT",
                                        "summary, json, jsonl or csv (default: summary on a terminal, json otherwise).")

    /// Reads `--format`, or picks the default for where stdout goes.
    /// - Throws: ``UsageError`` for an unknown format.
    static func from(_ arguments: ParsedArguments, default fallback: OutputFormat? = nil) throws -> OutputFormat {
        guard let text = arguments.value("format") else {
            return fallback ?? (StandardStreams.stdoutIsTerminal ? .summary : .json)
        }
        guard let format = OutputFormat(rawValue: text.lowercased()) else {
            throw UsageError("unknown --format “\(text)”; use one of summary, json, jsonl, csv.")
        }
        return format
    }
}

/// JSON text for models, with the API's snake_case keys.
enum JSONText {
    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One value as pretty JSON.
    static func pretty<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder(pretty: true).encode(value), as: UTF8.self)
    }

    /// One value as one line of JSON.
    static func line<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder(pretty: false).encode(value), as: UTF8.self)
    }
}
