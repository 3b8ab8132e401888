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

    /// How many IDs are fetched: `--concurrency` and the order of what is printed.
    struct BulkSettings {
        /// Requests in flight at once (default 4).
        var concurrency: Int
        /// Print in the order given: `--ordered`, `--unordered`, else ordered unless stdout is a
        /// terminal (the cost is measured in Docs/CLI.md).
        var ordered: Bool

        /// Reads the options.
        /// - Throws: ``UsageError`` for a bad `--concurrency`, or both order flags.
        init(_ arguments: ParsedArguments) throws {
            concurrency = try arguments.int("concurrency", in: 1...64) ?? 4
            switch (arguments.flag("ordered"), arguments.flag("unordered")) {
            case (true, true): throw UsageError("--ordered and --unordered cannot be used together.")
            case (true, false): ordered = true
            case (false, true): ordered = false
            case (false, false): ordered = !StandardStreams.stdoutIsTerminal
            }
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
        let settings = try BulkSettings(arguments)
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
        var first = true
        if format == .json { context.out.write("[") }
        let code = try await Self.fetchEach(ids, settings: settings, context: context, session: session,
                                            unit: "\(kind)s", fetch: fetch) { value, _ in
            try print(value, format: format, context: context, first: first)
            first = false
        }
        if format == .json { context.out.write(first ? "]\n" : "\n]\n") }
        return code.combined(with: malformed > 0 ? .failure : .success)
    }

    /// Fetches many IDs as `--concurrency`, `--ordered` and `--unordered` say, with a progress
    /// line on a terminal: `handle` gets each value; each failure is recorded and reported on
    /// stderr in its place.
    /// - Returns: the exit code the failures call for (`.success` without any).
    /// - Parameters:
    ///   - settings: `--concurrency` and the order, read before anything is printed.
    ///   - handle: gets each value and a function printing a line on stderr above the progress.
    static func fetchEach(_ ids: [Int], settings: BulkSettings, context: CLIContext, session: ClientSession,
                          unit: String, fetch: @escaping @Sendable (DiscogsClient, Int) async throws -> Value,
                          handle: (Value, _ report: (String) -> Void) async throws -> Void) async throws -> ExitCode {
        let client = session.client
        let progress = ProgressLine(err: context.err, statistics: session.statistics, unit: unit)
        defer { progress.finish() }
        var code = ExitCode.success
        var done = 0
        for await outcome in client.fetchEach(ids, concurrency: settings.concurrency, ordered: settings.ordered,
                                              { try await fetch(client, $0) }) {
            done += 1
            defer { progress.update(done: done, total: ids.count) }
            switch outcome.result {
            case .success(let value):
                try await handle(value, progress.message)
            case .failure(let error):
                session.record(error)
                progress.message("\(outcome.id): \(CommandLineTool.describe(error))")
                code = code.combined(with: ExitCode.of(error))
            }
        }
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
