import DiscogsKit
import Foundation
import Synchronization

/// The progress line of long runs on stderr (only when it is a terminal): done/total, rate,
/// ETA and 429s, redrawn in place at most a few times a second.
final class ProgressLine: Sendable {
    private let enabled: Bool
    private let err: OutputStream
    private let statistics: ClientStatistics
    private let start = ContinuousClock.now
    private let lastDraw = Mutex<ContinuousClock.Instant?>(nil)

    init(enabled: Bool, err: OutputStream, statistics: ClientStatistics) {
        self.enabled = enabled
        self.err = err
        self.statistics = statistics
    }

    func update(_ progress: EnrichmentJob.Progress) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let draw = lastDraw.withLock { last -> Bool in
            if let last, now - last < .milliseconds(200), progress.summary.done < progress.total { return false }
            last = now
            return true
        }
        guard draw else { return }
        let elapsed = Double((now - start).components.seconds) + Double((now - start).components.attoseconds) / 1e18
        let done = progress.summary.done
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta = rate > 0 ? Int(Double(progress.total - done) / rate) : 0
        err.write(String(format: "\r\u{1B}[K%d/%d targets · %.1f/s · ETA %dm%02ds · matched %d · 429s %d",
                         done, progress.total, rate, eta / 60, eta % 60, progress.summary.matched,
                         statistics.snapshot().rateLimited))
    }

    func finish() {
        if enabled { err.write("\r\u{1B}[K") }
    }
}
