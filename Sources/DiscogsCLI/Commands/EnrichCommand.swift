import DiscogsKit
import DiscogsKitDumps
import Foundation

/// `discogs enrich`: match a list of tracks heard in DJ sets and write their items.
enum EnrichCommand {
    static let command = Command(
        name: "enrich",
        abstract: "Match a target list (CSV, JSON or JSON Lines) and write SongNodes items.",
        usage: "TARGETS --out FILE [--format jsonl|csv|json|sql] [--unmatched FILE] [--resume] [--min-confidence X] [--whole-release] [--concurrency N] [--max-fetches N] [--window N] [--confirm-artists never|known|always] [--dump-index DIR [--then-api]]",
        discussion: """
        TARGETS is a file (or - for stdin): CSV with a header (artist,title and optional
        label,catno,duration,year), a JSON array or JSON Lines of such objects (artist_name,
        track_name, track_title, record_label and catalog_number are accepted too).

        Every target ends as items in --out or as a JSON line in the unmatched file (default
        FILE.unmatched.jsonl) with its reason. Items are written in input order; artists and labels
        once per run. --resume continues an interrupted run (even after kill -9) from FILE.checkpoint:
        the result is the same as an uninterrupted run, without duplicates.

        --dump-index DIR matches from a local index of the monthly dumps (`discogs dump index`)
        with no request at all: the same matcher, scoring, output and resume, with every
        candidate free (--max-fetches defaults to 25 there). --then-api then reads each matched
        release from the API for what the dump lacks (community data, prices, images): one
        request per matched release.

        EXAMPLES:
          discogs enrich targets.csv --out items.jsonl
          discogs enrich targets.jsonl --out items.sql --format sql --resume
          discogs enrich - --out items.csv --format csv --min-confidence 0.8 < targets.csv
          discogs enrich targets.csv --out offline.jsonl --dump-index index
        """,
        options: [
            .option("out", "FILE", "Where the items go (required)."),
            .option("format", "FORMAT", "jsonl (default), json, csv or sql."),
            .option("unmatched", "FILE", "Where unmatched targets go (default: FILE.unmatched.jsonl)."),
            .flag("resume", "Continue an interrupted run from FILE.checkpoint."),
            .option("min-confidence", "X", "Matches below X (0…1, default 0.6) count as unmatched."),
            .flag("whole-release", "Write every track of each matched release, not only the matched one."),
            .option("concurrency", "N", "Requests in flight at once (default 4); all share one rate limiter."),
            .option("max-fetches", "N", "Candidate releases fetched per target at most (default 2)."),
            .option("window", "N", "Targets matched together, sharing their fetches (default 200)."),
            .option("dump-index", "DIR", "Match from a local dump index (discogs dump index) with no request."),
            .flag("then-api", "With --dump-index: read each matched release from the API for what the dump lacks."),
            .option("confirm-artists", "WHEN", "Read the artist's releases to rule out compilations: never, known (default: when a fetched release gave the artist's id) or always."),
        ] + ClientSession.specs
    ) { arguments, context in
        guard arguments.positionals.count == 1 else {
            throw UsageError("give one TARGETS file (or - for stdin).")
        }
        guard let out = arguments.value("out"), !out.isEmpty, out != "-" else {
            throw UsageError("--out FILE is required (the checkpoint that makes --resume work lives beside it).")
        }
        let format: ItemSinkFormat
        do {
            format = try ItemSinkFormat(name: arguments.value("format") ?? "jsonl")
        } catch {
            throw UsageError("--format takes jsonl, json, csv or sql, not “\(arguments.value("format") ?? "")”.")
        }
        let indexFolder = arguments.value("dump-index")
        if arguments.flag("then-api"), indexFolder == nil { throw UsageError("--then-api goes with --dump-index DIR.") }
        if indexFolder != nil, arguments.value("confirm-artists") != nil {
            throw UsageError("--confirm-artists reads the API; with --dump-index every candidate is read from the index.")
        }
        var options = indexFolder == nil ? TrackMatcher.Options() : DumpIndex.matcherOptions
        options.minimumConfidence = try arguments.double("min-confidence", in: 0...1) ?? options.minimumConfidence
        options.certainConfidence = max(options.certainConfidence, options.minimumConfidence)
        options.maxReleaseFetches = try arguments.int("max-fetches", in: 1...(indexFolder == nil ? 10 : 1000)) ?? options.maxReleaseFetches
        if let when = arguments.value("confirm-artists") {
            guard let policy = confirmationPolicies[when] else {
                throw UsageError("--confirm-artists takes never, known or always, not “\(when)”.")
            }
            options.artistConfirmation = policy
        }
        var jobOptions = EnrichmentJob.Options()
        jobOptions.concurrency = try arguments.int("concurrency", in: 1...64) ?? 4
        jobOptions.wholeRelease = arguments.flag("whole-release")
        jobOptions.window = try arguments.int("window", in: 1...10_000) ?? jobOptions.window
        // From a local index a target costs less than a journal entry's fsync: journal every 100.
        if indexFolder != nil { jobOptions.journalInterval = 100 }
        let rows = try readTargets(arguments.positionals[0], context: context)
        guard !rows.isEmpty else {
            let path = arguments.positionals[0]
            throw UsageError("no targets: \(path == "-" ? "standard input" : path) holds no rows (nothing was written).")
        }
        let files = EnrichmentFiles(output: out, unmatched: arguments.value("unmatched"))
        let index: DumpIndex?
        do {
            index = try indexFolder.map { try DumpIndex(folder: $0) }
        } catch {
            throw UsageError("--dump-index: \(error)")
        }

        return try await ClientSession.run(arguments, context: context) { session in
            let lock = try EnrichmentRunLock(files: files)
            defer { lock.release() }
            let confirmation = confirmationPolicies.first { $0.value == options.artistConfirmation }?.key ?? ""
            let settings = ["max-fetches=\(options.maxReleaseFetches)", "min-confidence=\(options.minimumConfidence)",
                            "confirm-artists=\(confirmation)", "window=\(jobOptions.window)", "whole-release=\(jobOptions.wholeRelease)"]
                + (index.map { ["dump-index=\($0.summary.releases) releases from \($0.summary.sources.joined(separator: ","))",
                                "then-api=\(arguments.flag("then-api"))"] } ?? [])
            let identity = EnrichmentRunIdentity(rows: rows, format: format, settings: settings)
            var resume: EnrichmentCheckpoint.State?
            if arguments.flag("resume") {
                let state: EnrichmentCheckpoint.State?
                do {
                    state = try files.resumeState(identity: identity)
                } catch let error as EnrichmentFiles.ResumeError {
                    throw UsageError(error.description)
                }
                if let state, !state.hasWorkLeft, let summary = state.last?.summary {
                    context.err.line("discogs: \(out) is already complete; nothing to resume.")
                    context.err.line(summary.description)
                    return summary.errors > 0 ? .failure : .success
                }
                resume = state
                if let failed = state?.failedSequences.count, failed > 0 {
                    context.err.line("discogs: retrying \(failed) target\(failed == 1 ? "" : "s") that ended in an error.")
                }
            }
            let outputs: EnrichmentJob.Outputs
            do {
                outputs = try files.open(format: format, resume: resume, identity: identity)
            } catch let error as EnrichmentFiles.ResumeError {
                throw UsageError(error.description)
            }
            for row in rows { if case .bad(let error) = row { context.err.line("\(arguments.positionals[0]): \(error)") } }
            try? FileManager.default.removeItem(atPath: files.cacheDirectory.path)
            let cache = ReleaseCache(memoryCapacity: 256, spillDirectory: files.cacheDirectory)
            defer { try? FileManager.default.removeItem(atPath: files.cacheDirectory.path) }
            let source: any CandidateSource
            if let folder = indexFolder {
                // Opened again with the session's client when the API is to complete matches.
                source = arguments.flag("then-api") ? try DumpIndex(folder: folder, thenAPI: session.client) : index!
            } else {
                source = APICandidateSource(client: session.client)
            }
            let job = EnrichmentJob(matcher: TrackMatcher(source: source, options: options, cache: cache),
                                    options: jobOptions)
            let progress = ProgressLine(err: context.err, statistics: session.statistics, unit: "targets")
            let summary: EnrichmentSummary
            do {
                summary = try await job.run(rows, outputs: outputs, resume: resume) {
                    progress.update(done: $0.summary.done, total: $0.total, detail: "matched \($0.summary.matched)")
                }
            } catch DiscogsError.serverUnreachable(let failure) {
                progress.finish()
                let done = (try? files.checkpoint.load().continuation?.summary.done) ?? 0
                context.err.line("discogs: \(failure)")
                context.err.line("discogs: stopped with \(done) of \(rows.count) targets done (written and "
                    + "journalled); run the same command with --resume once the server answers again.")
                return .unreachable
            }
            progress.finish()
            let stats = session.statistics.snapshot()
            context.err.line(summary.description)
            context.err.line("requests \(stats.requestsSent), releases fetched \(await cache.fetches)\(index == nil ? "" : " from the API"), "
                + "429s \(stats.rateLimited), rate-limit waits \(stats.rateLimitWaits) "
                + String(format: "(%.1f s)", Double(stats.rateLimitWait.components.seconds)
                    + Double(stats.rateLimitWait.components.attoseconds) / 1e18))
            return summary.errors > 0 ? .failure : .success
        }
    }

    /// `--confirm-artists` words and the policies they stand for.
    static let confirmationPolicies: [String: TrackMatcher.Options.ArtistConfirmation] = [
        "never": .never, "known": .whenArtistKnown, "always": .always,
    ]

    static func readTargets(_ path: String, context: CLIContext) throws -> [TargetListReader.Row] {
        let data: Data
        if path == "-" {
            data = context.readStandardInput()
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw UsageError("cannot read the targets file \(path): \(error.localizedDescription)")
            }
        }
        do {
            return try TargetListReader.rows(in: data)
        } catch let error as TargetRowError {
            throw UsageError("\(path): \(error)")
        }
    }
}
