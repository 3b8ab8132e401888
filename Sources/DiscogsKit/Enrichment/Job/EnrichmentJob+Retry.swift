extension EnrichmentJob {
    /// Tries again the targets whose last try ended in an error, in their order, a window at a
    /// time, appending each new outcome (items, an unmatched line or a new error line) and a
    /// journal line that records the retry; the run's position stays at `position`.
    func retry(_ sequences: [Int], of rows: [TargetListReader.Row], position: Int, outputs: Outputs,
               written: inout ItemKeySet, summary: inout EnrichmentSummary,
               progress: @escaping @Sendable (Progress) -> Void) async throws {
        let retried = sequences.filter { rows.indices.contains($0) }
        let size = max(1, options.window)
        var from = 0
        while from < retried.count {
            let chunk = Array(retried[from..<min(from + size, retried.count)])
            var targets: [EnrichmentTarget] = []
            var places: [Int] = []
            for sequence in chunk {
                guard case .target(let target) = rows[sequence] else { continue }
                targets.append(target)
                places.append(sequence)
            }
            var pending: [Int: Outcome] = [:]
            var next = 0
            func writeReady() async throws {
                while next < places.count, let ready = pending.removeValue(forKey: next) {
                    try await stopIfHalted(ready, outputs: outputs)
                    // The earlier error no longer counts: the new outcome does.
                    summary.errors -= 1
                    let keys = try await write(ready, row: rows[places[next]], outputs: outputs, written: &written,
                                               summary: &summary)
                    try await journal(sequence: position, keys: keys, summary: summary, outputs: outputs,
                                      failed: ready.isFailure, retried: places[next])
                    next += 1
                    progress(Progress(total: rows.count, summary: summary))
                }
            }
            _ = try await matcher.match(targets, concurrency: options.concurrency) { index, result in
                pending[index] = Self.outcome(result)
                try await writeReady()
            }
            from += size
        }
    }
}
