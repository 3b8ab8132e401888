import DiscogsKit
import Foundation

/// Looks up one resource kind by ID: one ID printed in the chosen format, or many IDs (arguments
/// and/or `--ids-file`) fetched concurrently and streamed as they arrive.
struct ResourceLookup<Value: Encodable & Sendable>: Sendable {
    /// `release`, `master`, `artist` or `label`.
    let kind: String
    /// Fetches one value.
    let fetch: @Sendable (DiscogsClient, Int) async throws -> Value
    /// The readable summary of one value.
    let summary: @Sendable (Value) -> String
    /// Where the formats a lookup lacks (csv) work, for help and errors: "csv works with --items".
    let formatNote: String

    /// The options of bulk lookups.
    static var bulkOptions: [OptionSpec] {
        [
            .option("ids-file", "FILE", "Read IDs from FILE, one per line (- for stdin; blank lines and # comments skipped)."),
            .option("concurrency", "N", "Requests in flight at once for many IDs (default 4); all share one rate limiter."),
            .flag("ordered", "Print many IDs in the order given, still fetched concurrently (the default when stdout is a file or pipe)."),
            .flag("unordered", "Print many IDs as they arrive (the default on a terminal)."),
        ]
    }

    /// Whether many IDs print in the order given: `--ordered`, `--unordered`, else ordered unless
    /// stdout is a terminal (the cost is measured in Docs/CLI.md).
    static func ordered(_ arguments: ParsedArguments) throws -> Bool {
        switch (arguments.flag("ordered"), arguments.flag("unordered")) {
        case (true, true): throw UsageError("--ordered and --unordered cannot be used together.")
        case (true, false): return true
        case (false, true): return false
        case (false, false): return !StandardStreams.stdoutIsTerminal
        }
    }

    /// The IDs from the arguments and `--ids-file`; malformed entries are reported on stderr and
    /// counted.
    static func ids(_ arguments: ParsedArguments, context: CLIContext) throws -> (ids: [Int], malformed: Int) {
        var ids: [Int] = []
        var malformed = 0
        for text in arguments.positionals {
            guard let id = IDListReader.parseID(text) else {
                throw UsageError("“\(text)” is not a Discogs ID (a positive whole number).")
            }
            ids.append(id)
        }
        if let file = arguments.value("ids-file") {
            let data: Data
            if file == "-" {
                data = context.readStandardInput()
            } else {
                do {
                    data = try Data(contentsOf: URL(fileURLWithPath: file))
                } catch {
                    throw UsageError("cannot read the IDs file \(file): \(error.localizedDescription)")
                }
            }
            let text = DecodedText(data).text
            for entry in IDListReader.entries(in: text) {
                switch entry {
                case .id(let id, _): ids.append(id)
                case .malformed(let line, let content):
                    context.err.line("\(file == "-" ? "stdin" : file):\(line): not a Discogs ID: “\(content)”")
                    malformed += 1
                }
            }
            if ids.isEmpty, malformed == 0 {
                let name = file == "-" ? "standard input" : "the IDs file \(file)"
                throw UsageError("\(name) holds no IDs (it is empty, or only blank lines and # comments).")
            }
        }
        return (ids, malformed)
    }

    /// Runs the lookup.
    func run(_ arguments: ParsedArguments, context: CLIContext, session: ClientSession) async throws -> ExitCode {
        let (ids, malformed) = try Self.ids(arguments, context: context)
        guard !ids.isEmpty || malformed > 0 else {
            throw UsageError("give at least one \(kind) ID, or --ids-file FILE.")
        }
        let concurrency = try arguments.int("concurrency", in: 1...64) ?? 4
        let ordered = try Self.ordered(arguments)
        let bulk = ids.count != 1 || arguments.value("ids-file") != nil
        let format = try OutputFormat.from(arguments, formats: OutputFormat.single, note: formatNote,
                                           default: bulk ? .jsonl : nil)
        let client = session.client
        if !bulk {
            let value = try await fetch(client, ids[0])
            switch format {
            case .summary: context.out.write(summary(value))
            case .json: context.out.line(try JSONText.pretty(value))
            default: context.out.line(try JSONText.line(value))
            }
            return .success
        }
        var code: ExitCode = malformed > 0 ? .failure : .success
        var first = true
        var done = 0
        let progress = ProgressLine(err: context.err, statistics: session.statistics, unit: "\(kind)s")
        if format == .json { context.out.write("[") }
        for await outcome in client.fetchEach(ids, concurrency: concurrency, ordered: ordered,
                                              { try await fetch(client, $0) }) {
            done += 1
            defer { progress.update(done: done, total: ids.count) }
            switch outcome.result {
            case .success(let value):
                try print(value, format: format, context: context, first: first)
                first = false
            case .failure(let error):
                session.record(error)
                progress.message("\(outcome.id): \(CommandLineTool.describe(error))")
                code = code.combined(with: ExitCode.of(error))
            }
        }
        progress.finish()
        if format == .json { context.out.write(first ? "]\n" : "\n]\n") }
        return code
    }

    private func print(_ value: Value, format: OutputFormat, context: CLIContext, first: Bool) throws {
        switch format {
        case .summary:
            context.out.write((first ? "" : "\n") + summary(value))
        case .json:
            context.out.write(first ? "\n" : ",\n")
            context.out.write(try JSONText.pretty(value))
        case .jsonl, .csv:
            context.out.line(try JSONText.line(value))
        }
    }
}
