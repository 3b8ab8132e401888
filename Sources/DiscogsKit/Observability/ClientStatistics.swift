import Synchronization

/// Counts what a client did, from its events: an observer you can read at any time.
///
/// ### Use
/// ```swift
/// let statistics = ClientStatistics()
/// var configuration = DiscogsClient.Configuration(userAgent: "SongNodes/1.0 +https://songnodes.example")
/// configuration.observer = CompositeObserver([statistics, myLogger])
/// // … requests …
/// let snapshot = statistics.snapshot()
/// print(StatisticsSummary.render(snapshot))
/// try MetricsFileWriter(fileURL: metricsURL).write(snapshot)
/// ```
///
/// Attempts that got no answer are counted under their ``TransportError/Kind``; requests that
/// finally failed (``DiscogsEvent/requestGaveUp(_:)``) under their ``DiscogsError/kind``, and
/// failures that came from elsewhere can be added with ``record(_:)``.
/// Safe to share between tasks.
public final class ClientStatistics: DiscogsObserver, Sendable {
    /// The counters at one moment.
    public struct Snapshot: Sendable, Hashable {
        /// Attempts sent to the transport (retries included).
        public var requestsSent = 0
        /// Answers received, by HTTP status.
        public var responsesByStatus: [Int: Int] = [:]
        /// Retries scheduled.
        public var retries = 0
        /// 429 answers received.
        public var rateLimited = 0
        /// Time requests spent waiting for the rate limiter, added up.
        public var rateLimitWait: Duration = .zero
        /// How many requests had to wait for the rate limiter.
        public var rateLimitWaits = 0
        /// Body bytes received.
        public var bytesReceived = 0
        /// Requests that ended in an error after every attempt.
        public var failedRequests = 0
        /// How often the client stopped sending because the server answered nothing.
        public var unreachableTrips = 0
        /// How often 429s kept coming and the rate limiter's circuit opened.
        public var rateLimitCircuitOpenings = 0
        /// Failures by kind: transport kinds (`timed_out`, …) for attempts without an answer, and
        /// ``DiscogsError/kind`` labels for requests that finally failed and for failures given
        /// to ``ClientStatistics/record(_:)``.
        public var errorsByKind: [String: Int] = [:]
        /// Durations of attempts, from sending to the complete answer or the failure.
        public var requestDuration: DurationHistogram

        /// Creates empty counters with the histogram's bucket bounds.
        public init(durationBounds: [Double] = DurationHistogram.defaultBounds) {
            requestDuration = DurationHistogram(bounds: durationBounds)
        }

        /// All answers received.
        public var responses: Int { responsesByStatus.values.reduce(0, +) }
    }

    private let counters: Mutex<Snapshot>

    /// Creates empty statistics.
    /// - Parameter durationBounds: the request-duration histogram's bucket bounds in seconds.
    ///   Default: ``DurationHistogram/defaultBounds``.
    public init(durationBounds: [Double] = DurationHistogram.defaultBounds) {
        counters = Mutex(Snapshot(durationBounds: durationBounds))
    }

    /// The counters now.
    public func snapshot() -> Snapshot {
        counters.withLock { $0 }
    }

    /// Counts one event.
    public func observe(_ event: DiscogsEvent) {
        counters.withLock { s in
            switch event {
            case .requestStarted:
                s.requestsSent += 1
            case .requestFinished(let e):
                s.responsesByStatus[e.status, default: 0] += 1
                if e.status == 429 { s.rateLimited += 1 }
                s.bytesReceived += e.bytes
                s.requestDuration.record(e.duration)
            case .requestFailed(let e):
                s.errorsByKind[e.error.kind.rawValue, default: 0] += 1
                s.requestDuration.record(e.duration)
            case .retryScheduled:
                s.retries += 1
            case .rateLimitWait(let e):
                s.rateLimitWait += e.duration
                s.rateLimitWaits += 1
            case .decodingIssue:
                break
            case .requestGaveUp(let e):
                s.failedRequests += 1
                s.errorsByKind[e.kind, default: 0] += 1
            case .transportFallback:
                break
            case .serverUnreachable:
                s.unreachableTrips += 1
            case .rateLimitCircuitOpened:
                s.rateLimitCircuitOpenings += 1
            }
        }
    }

    /// Counts a failure that did not come from a request of an observed client — a
    /// ``DiscogsError`` under its ``DiscogsError/kind``, any other error as `other` (cancellation
    /// is not counted). A client's own failed requests are counted from their events already:
    /// do not record those again.
    public func record(_ error: any Error) {
        let kind: String
        switch error {
        case let error as DiscogsError: kind = error.kind
        case is CancellationError: return
        default: kind = "other"
        }
        counters.withLock { $0.errorsByKind[kind, default: 0] += 1 }
    }
}
