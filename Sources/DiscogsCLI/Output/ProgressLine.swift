import DiscogsKit
import Foundation
import Synchronization

/// The progress line of long runs on stderr (only when it is a terminal): done/total, rate,
/// ETA and 429s, redrawn in place at most a few times a second.
final class ProgressLine: Sendable {
    private let enabled: Bool
    private let err: OutputStream
    private let statistics: ClientStatistics?
    private let unit: String
    private let start = ContinuousClock.now
    private let lastDraw = Mutex<ContinuousClock.Instant?>(nil)

    /// A progress line counting `unit` ("targets", "releases", "items"), drawn only when
    /// `enabled` (stderr is a terminal); with `statistics`, it shows the 429s too.
    init(enabled: Bool = StandardStreams.stderrIsTerminal, err: OutputStream, statistics: ClientStatistics?,
         unit: String) {
        self.enabled = enabled
        self.err = err
        self.statistics = statistics
        self.unit = unit
    }

    /// Redraws the line (at most every 200 ms, and always for the last one).
    /// - Parameters:
    ///   - done: units finished so far.
    ///   - total: units in all, when known (no ETA without it).
    ///   - detail: one more figure, such as "matched 12".
    func update(done: Int, total: Int?, detail: String? = nil) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let draw = lastDraw.withLock { last -> Bool in
            if let last, now - last < .milliseconds(200), done < (total ?? Int.max) { return false }
            last = now
            return true
        }
        guard draw else { return }
        let elapsed = Double((now - start).components.seconds) + Double((now - start).components.attoseconds) / 1e18
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var parts = [total.map { "\(done)/\($0) \(unit)" } ?? "\(done) \(unit)", String(format: "%.1f/s", rate)]
        if let total, rate > 0 {
            let eta = Int(Double(max(0, total - done)) / rate)
            parts.append(String(format: "ETA %dm%02ds", eta / 60, eta % 60))
        }
        if let detail { parts.append(detail) }
        if let statistics { parts.append("429s \(statistics.snapshot().rateLimited)") }
        err.write("\r\u{1B}[K" + parts.joined(separator: " · "))
    }

    /// Prints one line of stderr above the progress line (cleared first; the next update redraws it).
    func message(_ text: String) {
        finish()
        err.line(text)
    }

    /// Clears the line, so what is printed next starts clean.
    func finish() {
        if enabled { err.write("\r\u{1B}[K") }
    }
}
