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

    /// The formats of one resource looked up by ID.
    static let single: [OutputFormat] = [.summary, .json, .jsonl]

    /// `summary, json or jsonl`: the formats as help and errors name them.
    static func names(_ formats: [OutputFormat]) -> String {
        let names = formats.map(\.rawValue)
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// The `--format` option spec, naming only `formats`; `note` says where the others work.
    static func spec(_ formats: [OutputFormat] = allCases, note: String? = nil) -> OptionSpec {
        .option("format", "FORMAT", "\(names(formats)) (default: summary on a terminal, json otherwise)"
                + (note.map { "; \($0)." } ?? "."))
    }

    /// Reads `--format`, or picks the default for where stdout goes.
    /// - Parameters:
    ///   - formats: the formats this command prints; any other is refused, naming them.
    ///   - note: where the refused formats work (for example "csv works with --versions").
    /// - Throws: ``UsageError`` for a format that is unknown or not for this command.
    static func from(_ arguments: ParsedArguments, formats: [OutputFormat] = allCases, note: String? = nil,
                     default fallback: OutputFormat? = nil) throws -> OutputFormat {
        guard let text = arguments.value("format") else {
            return fallback ?? (StandardStreams.stdoutIsTerminal ? .summary : .json)
        }
        guard let format = OutputFormat(rawValue: text.lowercased()), formats.contains(format) else {
            throw UsageError("--format takes \(names(formats)) here, not “\(text)”" + (note.map { " (\($0))." } ?? "."))
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
