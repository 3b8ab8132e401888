import DiscogsKit
import Foundation

/// `discogs release ID … --items`: the SongNodes items extracted from releases, written by the
/// library's sinks to standard output.
enum ItemsOutput {
    static func run(_ arguments: ParsedArguments, context: CLIContext, session: ClientSession) async throws -> ExitCode {
        let (ids, malformed) = try ResourceLookup<Release>.ids(arguments, context: context)
        guard !ids.isEmpty || malformed > 0 else { throw UsageError("give at least one release ID, or --ids-file FILE.") }
        let format: ItemSinkFormat
        do {
            format = try ItemSinkFormat(name: arguments.value("format") ?? "jsonl")
        } catch {
            throw UsageError("--format with --items takes jsonl, json, csv or sql, not “\(arguments.value("format") ?? "")”.")
        }
        let concurrency = try arguments.int("concurrency", in: 1...64) ?? 4
        let ordered = try ResourceLookup<Release>.ordered(arguments)
        let progress = ProgressLine(enabled: StandardStreams.stderrIsTerminal && ids.count > 1, err: context.err,
                                    statistics: session.statistics, unit: "releases")
        context.out.flush()
        let sink = try format.makeSink(destination: FileDestination.standardOutput)
        let extractor = ReleaseExtractor()
        let client = session.client
        var code: ExitCode = malformed > 0 ? .failure : .success
        try await sink.closing { sink in
            var written = ItemKeySet()
            var done = 0
            for await outcome in client.fetchEach(ids, concurrency: concurrency, ordered: ordered,
                                                  { try await client.release($0) }) {
                done += 1
                defer { progress.update(done: done, total: ids.count) }
                switch outcome.result {
                case .success(let release):
                    let extraction = extractor.extract(release)
                    for issue in extraction.issues { progress.message("\(release.id): \(issue)") }
                    for item in extraction.allItems where written.insert(item) {
                        try await sink.write(item)
                    }
                case .failure(let error):
                    session.record(error)
                    progress.message("\(outcome.id): \(CommandLineTool.describe(error))")
                    code = code.combined(with: ExitCode.of(error))
                }
            }
        }
        progress.finish()
        return code
    }
}
