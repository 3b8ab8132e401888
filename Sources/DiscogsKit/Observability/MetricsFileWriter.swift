import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the statistics in the Prometheus text format to a file, atomically (a temporary file
/// in the same folder, then `rename`), so node_exporter's textfile collector never reads half a
/// file.
///
/// ```swift
/// let writer = MetricsFileWriter(fileURL: URL(fileURLWithPath: "/var/lib/node_exporter/discogs.prom"))
/// let periodic = Task { try await writer.run(statistics: statistics, every: .seconds(10)) }
/// // … the work …
/// periodic.cancel()
/// try await periodic.value      // writes once more on the way out
/// ```
public struct MetricsFileWriter: Sendable {
    /// Why the file could not be written.
    public struct WriteError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file.
        public var path: String
        /// The system's reason.
        public var reason: String

        /// "cannot write the metrics file /…: …"
        public var description: String { "cannot write the metrics file \(path): \(reason)" }
    }

    /// The file written.
    public let fileURL: URL

    /// Creates a writer for `fileURL` (its folder must exist).
    public init(fileURL: URL) {
        self.fileURL = fileURL
    }

    /// Writes `snapshot` rendered by ``PrometheusTextFormat``.
    /// - Throws: ``WriteError``.
    public func write(_ snapshot: ClientStatistics.Snapshot) throws(WriteError) {
        try write(text: PrometheusTextFormat.render(snapshot))
    }

    /// Replaces the file's content with `text` atomically.
    /// - Throws: ``WriteError`` naming the file and the reason.
    public func write(text: String) throws(WriteError) {
        let folder = fileURL.deletingLastPathComponent()
        // Not ending in `.prom`, so the textfile collector ignores it while it is written.
        let temporary = folder.appendingPathComponent(".\(fileURL.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw WriteError(path: fileURL.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, fileURL.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: fileURL.path, reason: reason)
        }
    }

    /// Writes `statistics` now and every `interval` until the task is cancelled, then once more.
    /// - Throws: ``WriteError`` from the first write that fails.
    public func run(statistics: ClientStatistics, every interval: Duration = .seconds(10),
                    clock: any Clock<Duration> = ContinuousClock()) async throws(WriteError) {
        let time = ElapsedClock(clock)
        while !Task.isCancelled {
            try write(statistics.snapshot())
            do { try await time.sleep(for: interval) } catch { break }
        }
        try write(statistics.snapshot())
    }
}
