import DiscogsKit
import Foundation

/// A client built from the command line, with its statistics, `--stats` summary and `--metrics`
/// file: what every command that talks to Discogs runs inside.
final class ClientSession: Sendable {
    /// The options of every networked command.
    static let specs: [OptionSpec] = NetworkOptions.specs + [
        .option("rate-limit", "N/SECONDS", "Requests allowed per window, e.g. 60/60 (default: $DISCOGS_RATE_LIMIT, else 60/60 with a token, 25/60 without)."),
        .option("max-attempts", "N", "Attempts per request, the first included (default: 6; 1 turns retries off)."),
        .option("unreachable-after", "N", "Stop sending after N attempts in a row got no answer (default: 10; 0 never stops)."),
        .flag("no-shared-limit", "Do not share the rate limit with other discogs processes on this machine."),
        .flag("stats", "Print request statistics to stderr at the end."),
        .option("metrics", "FILE", "Write Prometheus metrics to FILE at the end and every 10 s (atomically)."),
    ]

    let client: DiscogsClient
    let statistics: ClientStatistics
    private let context: CLIContext
    private let printStats: Bool
    private let metrics: MetricsFileWriter?
    private let metricsTask: Task<Void, Never>?

    /// Builds the client from the options and the environment.
    init(_ arguments: ParsedArguments, context: CLIContext) throws {
        let network = try NetworkOptions(arguments, environment: context.environment) {
            while let line = context.readStandardInputLine() {
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { return line }
            }
            return nil
        }
        statistics = ClientStatistics()
        var configuration = network.configuration(context: context, observers: [statistics])
        let rateLimitOption = arguments.value("rate-limit") == nil ? "DISCOGS_RATE_LIMIT" : "--rate-limit"
        if let text = arguments.value("rate-limit") ?? context.environment["DISCOGS_RATE_LIMIT"].flatMap({ $0.isEmpty ? nil : $0 }) {
            do {
                configuration.rateLimit = try RateLimit(parsing: text)
            } catch {
                if case .invalidRequest(let reason) = error { throw UsageError("\(rateLimitOption): \(reason)") }
                throw UsageError("\(rateLimitOption): \(error.description)")
            }
        }
        if let text = arguments.value("max-attempts") {
            guard let attempts = Int(text), (1...100).contains(attempts) else {
                throw UsageError("--max-attempts takes a whole number from 1 to 100, not “\(text)”.")
            }
            configuration.retryPolicy.maxAttempts = attempts
        }
        if let text = arguments.value("unreachable-after") {
            guard let count = Int(text), (0...10_000).contains(count) else {
                throw UsageError("--unreachable-after takes a whole number from 0 to 10000, not “\(text)”.")
            }
            configuration.unreachableAfter = count == 0 ? nil : count
        }
        if !arguments.flag("no-shared-limit") {
            configuration.sharedRateLimitFile = SharedRateLimitStore.defaultFileURL(for: network.baseURL,
                                                                                  environment: context.environment)
        }
        client = try DiscogsClient(configuration: configuration)
        self.context = context
        printStats = arguments.flag("stats")
        if let path = arguments.value("metrics") {
            guard !path.isEmpty else { throw UsageError("--metrics needs a file path.") }
            let writer = MetricsFileWriter(fileURL: URL(fileURLWithPath: path))
            metrics = writer
            let statistics = statistics
            let err = context.err
            metricsTask = Task {
                do {
                    try await writer.run(statistics: statistics, every: .seconds(10))
                } catch {
                    err.line("discogs: \(error)")
                }
            }
        } else {
            metrics = nil
            metricsTask = nil
        }
    }

    /// Runs `body` with a session, then prints the statistics and writes the metrics, whether
    /// `body` succeeded or not.
    static func run(_ arguments: ParsedArguments, context: CLIContext,
                    _ body: (ClientSession) async throws -> ExitCode) async throws -> ExitCode {
        let session = try ClientSession(arguments, context: context)
        do {
            let code = try await body(session)
            await session.finish()
            return code
        } catch {
            session.record(error)
            await session.finish()
            throw error
        }
    }

    /// Records a failure in the statistics unless the client already reported it.
    func record(_ error: any Error) {
        if (error as? DiscogsError)?.endsARequest != true { statistics.record(error) }
    }

    /// Stops the periodic metrics, writes them one last time and prints `--stats`.
    func finish() async {
        if let metricsTask {
            metricsTask.cancel()
            await metricsTask.value
        }
        context.out.flush()
        if printStats {
            context.err.line(StatisticsSummary.render(statistics.snapshot()))
        }
    }
}
