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
        let settings = try ResourceLookup<Release>.BulkSettings(arguments)
        context.out.flush()
        let sink = try format.makeSink(destination: FileDestination.standardOutput)
        let extractor = ReleaseExtractor()
        var code: ExitCode = malformed > 0 ? .failure : .success
        try await sink.closing { sink in
            var written = ItemKeySet()
            let failures = try await ResourceLookup<Release>.fetchEach(
                ids, settings: settings, context: context, session: session, unit: "releases",
                fetch: { client, id in try await client.release(id) }
            ) { release, report in
                let extraction = extractor.extract(release)
                for issue in extraction.issues { report("\(release.id): \(issue)") }
                for item in extraction.allItems where written.insert(item) {
                    try await sink.write(item)
                }
            }
            code = code.combined(with: failures)
        }
        return code
    }
}
