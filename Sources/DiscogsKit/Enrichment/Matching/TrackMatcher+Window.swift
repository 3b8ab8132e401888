extension TrackMatcher {
    /// Matches a window of targets together, in rounds, so that they share their fetches.
    ///
    /// Each round, every unfinished target examines the releases fetched so far in the window
    /// that are among its candidates (free of its budget), runs its next search when it needs
    /// one, and names the next release it wants; the named releases are then fetched, each once,
    /// and given to the targets that wanted them. A target is done when it finds a certain
    /// match, spends its ``Options/maxReleaseFetches`` or runs out of candidates and searches.
    /// What each target decides depends only on Discogs' answers and on the window, so the same
    /// window always gives the same outcomes.
    ///
    /// ```swift
    /// let outcomes = try await matcher.match(targets, concurrency: 4) { index, result in
    ///     print(index, result)  // as soon as that target is done
    /// }
    /// ```
    /// - Parameters:
    ///   - targets: the window, in order.
    ///   - concurrency: requests in flight at once, at least 1. Default 4.
    ///   - finished: called once per target, from this task, as soon as its outcome is final,
    ///     with its index in `targets`.
    /// - Returns: one result per target, in order: its outcome, or the ``DiscogsError`` that
    ///   stopped it (a request that failed for a reason other than "not found").
    /// - Throws: `CancellationError` when the task is cancelled; nothing is reported after that.
    public func match(_ targets: [EnrichmentTarget], concurrency: Int = 4,
                      finished: (Int, Result<Outcome, any Error>) async throws -> Void = { _, _ in })
        async throws -> [Result<Outcome, any Error>] {
        let width = max(1, concurrency)
        let scorer = MatchScorer(durationToleranceMilliseconds: options.durationToleranceMilliseconds)
        var runs = targets.map { target in
            let prepared = MatchScorer.PreparedTarget(target)
            guard !prepared.baseTitle.isEmpty, !prepared.artistNames.isEmpty else {
                var run = Attempt(prepared: prepared, scorer: scorer, steps: [])
                run.outcome = .success(.unmatched("the target has no usable artist or title"))
                return run
            }
            return Attempt(prepared: prepared, scorer: scorer, steps: searchSteps(prepared))
        }
        var reported = [Bool](repeating: false, count: runs.count)
        func report() async throws {
            try Task.checkCancellation()
            for index in runs.indices where !reported[index] {
                guard var outcome = runs[index].outcome else { continue }
                reported[index] = true
                if case .success(.matched(var match)) = outcome {
                    // The source's fuller copy of a matched release (a dump index's --then-api).
                    do {
                        let release = try await source.matched(match.release, cache: cache)
                        if release != match.release {
                            match.track = PlayableTrack.flatten(release).first {
                                $0.ordinal == match.track.ordinal && $0.track.title == match.track.track.title
                            } ?? match.track
                            match.release = release
                        }
                        outcome = .success(.matched(match))
                    } catch {
                        outcome = .failure(error)
                    }
                    runs[index].outcome = outcome
                }
                try await finished(index, outcome)
            }
        }
        // Releases fetched in this window: nil for one that was not found.
        var shared: [Int: Release?] = [:]
        try await report()
        while true {
            let active = runs.indices.filter { runs[$0].outcome == nil }
            guard !active.isEmpty else { break }
            let known = shared
            let current = active.map { runs[$0] }
            for (index, run) in zip(active, await current.concurrentMap(width: width, { await self.advance($0, shared: known) })) {
                runs[index] = run
            }
            try await report()
            var seen = Set<Int>()
            let wanted = active.compactMap { runs[$0].wanted }.filter { seen.insert($0).inserted }
            guard !wanted.isEmpty else { continue }
            let byID = await source.releases(wanted, concurrency: width, cache: cache)
            try Task.checkCancellation()
            for index in active {
                guard let id = runs[index].wanted, let result = byID[id] else { continue }
                receive(result, into: &runs[index])
            }
            for (id, result) in byID {
                switch result {
                case .success(let release): shared[id] = .some(release)
                case .failure(DiscogsError.notFound): shared[id] = .some(nil)
                case .failure: break
                }
            }
            try await report()
        }
        return runs.map { $0.outcome ?? .failure(CancellationError()) }
    }
}
