import DiscogsKit
import Foundation

extension Command {
    /// `discogs parse KIND [VALUE …]`: runs one of the library's parsers over values and prints
    /// one JSON object per value.
    static let parse = Command(
        name: "parse",
        abstract: "Parse Discogs text (durations, titles, positions, dates, credits, track ranges, markup).",
        usage: "KIND [VALUE …] [--positions A1,A2,…] [--json CREDITS] [--format-quantity N]",
        discussion: """
        KIND is one of: \(ParseCommand.kinds.joined(separator: ", ")).
        Values come from the arguments or, when there are none, one per line from standard input.
        Output is JSON Lines: exactly one object per value, in order (empty lines included), each
        with "input" and the parsed fields. Put values that start with a dash after -- (for
        example: discogs parse title -- "-Intro-").

          duration  milliseconds
          title     base_title, versions, is_remix, is_live, remixers, featuring, remix_type, subtitles
          position  form, medium, side, disc, track, subtrack, dotted
          date      year, month, day, iso
          tracks    positions (tracklist order), whole_release, unresolved, issues; needs --positions
          markup    text
          credit    display, names, featured, is_various; each value is a JSON array of
                    {"name", "anv", "join", "id"}, or give it with --json

        EXAMPLES:
          discogs parse duration 3:32 74:12 4:60
          discogs parse title "Sandstorm (Original Mix)"
          discogs parse title < titles.txt
          discogs parse tracks "A2 to B1" --positions A1,A2,B1,B2
          discogs parse credit --json '[{"name":"Dixon","join":"&"},{"name":"Âme"}]'
        """,
        options: [
            .option("positions", "A1,A2,…", "tracks: the release's positions in tracklist order, comma-separated."),
            .option("json", "CREDITS", "credit: a JSON array of artist credits (name, anv, join, id).",
                    repeatable: true),
            .option("format-quantity", "N", "position: read dotted forms (1.01) for a release of N discs."),
        ],
        run: { arguments, context in try ParseCommand.run(arguments, context: context) }
    )
}

/// The `parse` command's work: pick a parser, feed it values, write JSON Lines.
enum ParseCommand {
    /// The kinds `parse` understands.
    static let kinds = ["duration", "title", "position", "date", "credit", "tracks", "markup"]

    static func run(_ arguments: ParsedArguments, context: CLIContext) throws -> ExitCode {
        guard let kind = arguments.positionals.first else {
            throw UsageError("parse needs a KIND: one of \(kinds.joined(separator: ", ")).")
        }
        guard kinds.contains(kind) else {
            throw UsageError("unknown kind “\(kind)”; kinds are \(kinds.joined(separator: ", ")).")
        }
        try checkOptions(arguments, kind: kind)
        var values = Array(arguments.positionals.dropFirst())
        if kind == "credit" {
            values = arguments.all("json") + values
            // A credit list given on the command line that is not JSON is a usage mistake.
            for (index, value) in values.enumerated() {
                if case (_, let error?) = ParseRendering.credit(value) {
                    throw UsageError("credit value \(index + 1) is \(error)")
                }
            }
        }
        let render = try renderer(for: kind, arguments: arguments)

        var failures = 0
        var buffer = ""
        buffer.reserveCapacity(1 << 16)
        var lineNumber = 0
        let emit: (String) -> Void = { value in
            lineNumber += 1
            let (line, error) = render(value)
            buffer += line
            if let error {
                failures += 1
                context.err.line("discogs: parse \(kind): value \(lineNumber): \(error)")
            }
            if buffer.utf8.count >= 1 << 16 {
                context.out.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if values.isEmpty {
            context.readStandardInputLines { line, problem in
                if let problem {
                    failures += 1
                    context.err.line("discogs: parse \(kind): value \(lineNumber + 1): \(problem)")
                }
                emit(line)
            }
        } else {
            values.forEach(emit)
        }
        if !buffer.isEmpty { context.out.write(buffer) }
        return failures == 0 ? .success : .failure
    }

    /// Rejects options that do not belong to `kind`, and a `tracks` without `--positions`.
    private static func checkOptions(_ arguments: ParsedArguments, kind: String) throws {
        let owners = ["positions": "tracks", "json": "credit", "format-quantity": "position"]
        for (option, owner) in owners.sorted(by: { $0.key < $1.key }) where arguments.value(option) != nil && kind != owner {
            throw UsageError("--\(option) belongs to “parse \(owner)”, not “parse \(kind)”.")
        }
        if kind == "tracks", arguments.value("positions") == nil {
            throw UsageError("parse tracks needs --positions A1,A2,… (the release's positions in tracklist order).")
        }
    }

    /// A function turning one value into its JSON line (and an error message when the value
    /// could not be read at all).
    private static func renderer(for kind: String, arguments: ParsedArguments) throws -> (String) -> (String, String?) {
        switch kind {
        case "duration":
            return { value in
                var json = JSONLineBuilder()
                json.field("input", value)
                json.field("milliseconds", DurationParser.milliseconds(from: value))
                return (json.line, nil)
            }
        case "title":
            return { value in (ParseRendering.title(value), nil) }
        case "position":
            let quantity = try arguments.int("format-quantity", in: 1...10_000)
            return { value in (ParseRendering.position(value, formatQuantity: quantity), nil) }
        case "date":
            return { value in
                let date = PartialDateParser.parse(value)
                var json = JSONLineBuilder()
                json.field("input", value)
                json.field("year", date?.year)
                json.field("month", date?.month)
                json.field("day", date?.day)
                json.field("iso", date?.isoString)
                return (json.line, nil)
            }
        case "tracks":
            let positions = (arguments.value("positions") ?? "").split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let parser = CreditRangeParser(positions: positions)
            return { value in (ParseRendering.tracks(value, parser: parser), nil) }
        case "markup":
            return { value in
                var json = JSONLineBuilder()
                json.field("input", value)
                json.field("text", MarkupParser.plainText(from: value))
                return (json.line, nil)
            }
        default:
            return { value in ParseRendering.credit(value) }
        }
    }
}
