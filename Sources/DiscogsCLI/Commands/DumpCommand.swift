import DiscogsKit
import DiscogsKitDumps
import Foundation

/// `discogs dump KIND FILE|-`: the records of a monthly dump as the API's JSON, or the SongNodes
/// items of its releases through the sinks.
enum DumpCommand {
    static let kinds = ["releases", "masters", "artists", "labels"]

    static let command = Command(
        name: "dump",
        abstract: "Read a monthly Discogs data dump (.xml or .xml.gz): records as JSON, or SongNodes items.",
        usage: "releases|masters|artists|labels FILE|- [--format jsonl|json | --format pgcopy --out DIR] [--items [--format jsonl|json|csv|sql]] [--keep-going]  |  index DIR FILES…",
        discussion: """
        Each record prints as `discogs release ID --format jsonl` prints an API release: the same
        model, the API's field names. gzip is recognised by its first bytes. A record with a bad
        value stops the run (exit 1) unless --keep-going, which reports it on stderr and goes on.
        On a terminal a progress line shows records, MB/s and the time left; a summary ends the run.

        --format pgcopy --out DIR writes PostgreSQL COPY files (one TABLE.tsv per table), schema.sql
        and load-KIND.sql into DIR. The load is truncate-and-load in one transaction with keys and
        indexes built after the COPY, so loading again gives the same rows:
          cd DIR && psql -v ON_ERROR_STOP=1 -f load-releases.sql

        `discogs dump index DIR FILES…` builds a local match index from releases dumps, for
        `discogs enrich --dump-index DIR` (matching with no request). It is built in bounded
        memory and replaces an earlier index in DIR only once complete.

        EXAMPLES:
          discogs dump releases discogs_20200806_releases.xml.gz --format jsonl > releases.jsonl
          discogs dump releases discogs_20200806_releases.xml.gz --items --format csv > items.csv
          zcat discogs_20200806_labels.xml.gz | discogs dump labels -
          discogs dump releases discogs_20200806_releases.xml.gz --format pgcopy --out pg
          discogs dump index index discogs_20200806_releases.xml.gz
        """,
        options: [
            .option("format", "FORMAT", "Records: jsonl (default), json or pgcopy (with --out). With --items: jsonl, json, csv or sql."),
            .option("out", "DIR", "--format pgcopy: the folder for the COPY files, schema.sql and load-KIND.sql."),
            .flag("items", "releases: print the SongNodes items extracted from each release instead."),
            .flag("keep-going", "Report records with bad values on stderr and go on (exit 1 at the end)."),
            .flag("strict", "Report every element and attribute that no field reads (exit 1 if any): a new dump format is noticed."),
            .flag("verbose", "--items: print each extraction issue (a credit naming no track, …), not only their count."),
        ],
        run: { arguments, context in try await DumpCommand.run(arguments, context: context) }
    )

    static func run(_ arguments: ParsedArguments, context: CLIContext) async throws -> ExitCode {
        if arguments.positionals.first == "index" { return try index(arguments, context: context) }
        guard arguments.positionals.count == 2, kinds.contains(arguments.positionals[0]) else {
            throw UsageError("give the dump's kind (\(kinds.joined(separator: ", "))) and its file, or - for stdin.")
        }
        let kind = arguments.positionals[0]
        let path = arguments.positionals[1]
        let input: CountingByteStream
        let streamed: any DumpByteStream
        do {
            input = CountingByteStream(path == "-" ? FileDescriptorByteStream() : try FileDescriptorByteStream(path: path))
            streamed = try DumpInput.decompressingIfNeeded(input)
        } catch {
            throw UsageError(error.description)
        }
        let size = path == "-" ? nil : (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        var run = DumpRun(context: context, input: input, fileSize: size, keepGoing: arguments.flag("keep-going"))
        run.verbose = arguments.flag("verbose")
        let strictCheck = arguments.flag("strict") ? DumpStrictCheck() : nil
        func report<R>(_ reader: DumpReader<R>, _ code: ExitCode) -> ExitCode {
            DumpCommand.report(reader.strict, code: code, context: context)
        }
        if arguments.flag("items") {
            guard kind == "releases" else { throw UsageError("--items reads a releases dump, not \(kind).") }
            let format: ItemSinkFormat
            do {
                format = try ItemSinkFormat(name: arguments.value("format") ?? "jsonl")
            } catch {
                throw UsageError("--format with --items takes jsonl, json, csv or sql, not “\(arguments.value("format") ?? "")”.")
            }
            var reader = try DumpReader.releases(streamed)
            reader.strict = strictCheck
            let code = try await run.items(&reader, format: format)
            return report(reader, code)
        }
        let pretty: Bool
        switch arguments.value("format") ?? "jsonl" {
        case "jsonl": pretty = false
        case "json": pretty = true
        case "pgcopy":
            guard let folder = arguments.value("out"), !folder.isEmpty else {
                throw UsageError("--format pgcopy writes several files: give the folder with --out DIR.")
            }
            switch kind {
            case "releases": var reader = try DumpReader.releases(streamed); reader.strict = strictCheck
                let code = try run.pgcopy(&reader, kind: kind, folder: folder) { try $0.write($1) }; return report(reader, code)
            case "masters": var reader = try DumpReader.masters(streamed); reader.strict = strictCheck
                let code = try run.pgcopy(&reader, kind: kind, folder: folder) { try $0.write($1) }; return report(reader, code)
            case "artists": var reader = try DumpReader.artists(streamed); reader.strict = strictCheck
                let code = try run.pgcopy(&reader, kind: kind, folder: folder) { try $0.write($1) }; return report(reader, code)
            default: var reader = try DumpReader.labels(streamed); reader.strict = strictCheck
                let code = try run.pgcopy(&reader, kind: kind, folder: folder) { try $0.write($1) }; return report(reader, code)
            }
        case let other: throw UsageError("--format takes jsonl, json or pgcopy for records, not “\(other)”.")
        }
        if arguments.value("out") != nil { throw UsageError("--out goes with --format pgcopy.") }
        switch kind {
        case "releases": var reader = try DumpReader.releases(streamed); reader.strict = strictCheck
                let code = try run.records(&reader, pretty: pretty); return report(reader, code)
        case "masters": var reader = try DumpReader.masters(streamed); reader.strict = strictCheck
                let code = try run.records(&reader, pretty: pretty); return report(reader, code)
        case "artists": var reader = try DumpReader.artists(streamed); reader.strict = strictCheck
                let code = try run.records(&reader, pretty: pretty); return report(reader, code)
        default: var reader = try DumpReader.labels(streamed); reader.strict = strictCheck
                let code = try run.records(&reader, pretty: pretty); return report(reader, code)
        }
    }

    /// Prints what `--strict` found no field for; any makes the run exit 1.
    static func report(_ check: DumpStrictCheck?, code: ExitCode, context: CLIContext) -> ExitCode {
        guard let unread = check?.unread else { return code }
        guard !unread.isEmpty else {
            context.err.line("strict: every element and attribute was read")
            return code
        }
        context.err.line("strict: \(unread.count) element or attribute path\(unread.count == 1 ? "" : "s") that no field reads:")
        for path in unread {
            let first = path.firstRecordID.map { "record \($0), " } ?? ""
            context.err.line("  \(path.path): in \(path.records) record\(path.records == 1 ? "" : "s") (first: \(first)byte \(path.firstOffset))")
        }
        return .failure
    }

    /// `discogs dump index DIR FILES…`.
    static func index(_ arguments: ParsedArguments, context: CLIContext) throws -> ExitCode {
        let positionals = arguments.positionals
        guard positionals.count >= 3 else {
            throw UsageError("give the index folder and at least one releases dump: dump index DIR FILES…")
        }
        if arguments.flag("items") || arguments.value("format") != nil || arguments.value("out") != nil {
            throw UsageError("dump index takes only DIR, FILES… and --keep-going.")
        }
        let folder = positionals[1]
        let sources = Array(positionals[2...])
        var builder = try DumpIndexBuilder(folder: folder)
        var code = ExitCode.success
        for path in sources {
            let input: CountingByteStream
            let streamed: any DumpByteStream
            do {
                input = CountingByteStream(path == "-" ? FileDescriptorByteStream() : try FileDescriptorByteStream(path: path))
                streamed = try DumpInput.decompressingIfNeeded(input)
            } catch {
                throw UsageError(error.description)
            }
            let size = path == "-" ? nil : (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            let run = DumpRun(context: context, input: input, fileSize: size, keepGoing: arguments.flag("keep-going"))
            var reader = try DumpReader.releases(streamed)
            code = code.combined(with: try run.index(&reader, into: &builder))
        }
        let summary = try builder.finish(sources: sources.map { ($0 as NSString).lastPathComponent })
        context.err.line("index: \(summary.releases) releases, \(summary.keys) keys in \(folder)")
        return code
    }
}
