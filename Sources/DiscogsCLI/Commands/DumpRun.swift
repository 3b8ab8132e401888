import DiscogsKit
import DiscogsKitDumps
import Foundation

/// One `discogs dump` run: reads records, reports bad ones, draws progress and ends with a summary.
struct DumpRun {
    let context: CLIContext
    let input: CountingByteStream
    let fileSize: Int?
    let keepGoing: Bool
    /// Print each extraction issue (otherwise only their count, in the summary).
    var verbose = false
    private let progress: ProgressLine
    private let started = ContinuousClock.now

    init(context: CLIContext, input: CountingByteStream, fileSize: Int?, keepGoing: Bool) {
        self.context = context
        self.input = input
        self.fileSize = fileSize
        self.keepGoing = keepGoing
        progress = ProgressLine(err: context.err, statistics: nil, unit: "records")
    }

    /// Prints every record as the API's JSON (one per line, or a pretty array).
    func records<R: Encodable & Sendable>(_ reader: inout DumpReader<R>, pretty: Bool) throws -> ExitCode {
        var first = true
        if pretty { context.out.write("[") }
        let outcome = try each(&reader) { record in
            if pretty {
                context.out.write((first ? "\n" : ",\n") + (try JSONText.pretty(record)))
            } else {
                context.out.line(try JSONText.line(record))
            }
            first = false
        }
        if pretty { context.out.write(first ? "]\n" : "\n]\n") }
        return outcome
    }

    /// Adds every release to a dump index being built.
    func index(_ reader: inout DumpReader<Release>, into builder: inout DumpIndexBuilder) throws -> ExitCode {
        try each(&reader) { try builder.add($0) }
    }

    /// Writes every record as PostgreSQL COPY files, schema and load script into `folder`.
    func pgcopy<R>(_ reader: inout DumpReader<R>, kind: String, folder: String,
                   write: (inout PostgresCopyWriter, R) throws -> Void) throws -> ExitCode {
        var writer = try PostgresCopyWriter(folder: folder, kind: kind)
        let code = try each(&reader) { try write(&writer, $0) }
        try writer.close()
        let counts = writer.tables.map { "\($0.name) \(writer.rowCounts[$0.name] ?? 0)" }.joined(separator: ", ")
        context.err.line("pgcopy: rows \(counts)")
        context.err.line("pgcopy: load with: cd \(folder) && psql -v ON_ERROR_STOP=1 -f load-\(kind).sql")
        return code
    }

    /// Writes the SongNodes items of every release through the sink of `format`.
    func items(_ reader: inout DumpReader<Release>, format: ItemSinkFormat) async throws -> ExitCode {
        context.out.flush()
        let sink = try format.makeSink(destination: FileDestination.standardOutput)
        let extractor = ReleaseExtractor()
        var written = ItemKeySet()
        var code = ExitCode.success
        var releases: [Release] = []
        // Read in batches so the async sink is written outside the synchronous reading loop.
        try await sink.closing { sink in
            while true {
                var batchReader = reader
                let batchCode = try each(&batchReader, limit: 256) { releases.append($0) }
                reader = batchReader
                code = code.combined(with: batchCode)
                if releases.isEmpty { break }
                for release in releases {
                    let extraction = extractor.extract(release)
                    tally.issues += extraction.issues.count
                    if verbose { for issue in extraction.issues { progress.message("\(release.id): \(issue)") } }
                    for item in extraction.allItems where written.insert(item) { try await sink.write(item) }
                }
                releases.removeAll(keepingCapacity: true)
            }
        }
        summarise()
        return code
    }

    // MARK: - Reading

    private final class Tally {
        var records = 0
        var bad = 0
        var issues = 0
    }
    private let tally = Tally()

    /// Reads records (at most `limit`, when given), giving each to `handle`; bad records are
    /// reported and, with `--keep-going`, skipped.
    /// - Returns: `.failure` when a record was skipped.
    /// - Throws: ``UsageError``-free failures: the first bad record without `--keep-going`, or
    ///   XML/compression damage (``DumpError``).
    private func each<R>(_ reader: inout DumpReader<R>, limit: Int? = nil,
                         _ handle: (R) throws -> Void) throws -> ExitCode {
        var code = ExitCode.success
        var taken = 0
        while limit.map({ taken < $0 }) ?? true {
            let record: R?
            do {
                record = try reader.next()
            } catch let error where keepGoing && (error.kind == .badValue || error.kind == .unknownElement) {
                tally.bad += 1
                progress.message("discogs: skipped: \(error)")
                code = .failure
                continue
            } catch {
                progress.finish()
                throw DumpFailure(error: error, records: tally.records)
            }
            guard let record else {
                if limit == nil { summarise() }
                return code
            }
            try handle(record)
            tally.records += 1
            taken += 1
            if tally.records % 512 == 0 { draw() }
        }
        return code
    }

    private var elapsed: Double {
        let duration = ContinuousClock.now - started
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private func draw() {
        let megabytes = Double(input.count) / 1e6
        var detail = String(format: "%.1f MB/s", elapsed > 0 ? megabytes / elapsed : 0)
        if let fileSize, fileSize > 0, input.count > 0 {
            let left = elapsed * Double(fileSize - input.count) / Double(input.count)
            detail += String(format: " · %.0f%% of %.1f MB · ETA %dm%02ds", 100 * Double(input.count) / Double(fileSize),
                             Double(fileSize) / 1e6, Int(left) / 60, Int(left) % 60)
        }
        progress.update(done: tally.records, total: nil, detail: detail)
    }

    private func summarise() {
        progress.finish()
        var line = String(format: "dump: %d records, %d bad, %.1f s (%.1f MB read)", tally.records, tally.bad,
                          elapsed, Double(input.count) / 1e6)
        if tally.issues > 0 { line += ", \(tally.issues) extraction issues" + (verbose ? "" : " (--verbose lists them)") }
        context.err.line(line)
    }
}

/// A dump that could not be read on: the error, and how many records came before it.
struct DumpFailure: Error, CustomStringConvertible {
    let error: DumpError
    let records: Int
    var description: String { "\(error) (after \(records) records; --keep-going skips records with bad values)" }
}
