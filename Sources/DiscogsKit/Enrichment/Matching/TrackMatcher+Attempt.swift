extension TrackMatcher {
    /// One target's search as the rounds of a window advance it: the searches left, the
    /// candidates not examined yet, the best track so far and the budget spent.
    struct Attempt: Sendable {
        let prepared: MatchScorer.PreparedTarget
        let scorer: MatchScorer
        /// The searches not run yet, in the cascade's order.
        var steps: [Step]
        /// The current search's candidates not examined yet, best first.
        var candidates: [CandidateRanker.Candidate] = []
        var best: Match?
        /// Releases fetched for this target (cached ones included): its budget spent.
        var fetched = 0
        /// Releases scored, those fetched for other targets included.
        var examined = 0
        var examinedIDs = Set<Int>()
        /// Releases the artist's complete list showed not to carry the artist.
        var ruledOut = Set<Int>()
        var tried: [String] = []
        var step = ""
        var confirmed = false
        /// Discogs ids of the target's first artist, learnt from the releases examined.
        var artistIDs: [Int] = []
        /// The release this target wants fetched in the current round.
        var wanted: Int?
        /// Set once the target is done.
        var outcome: Result<Outcome, any Error>?

        init(prepared: MatchScorer.PreparedTarget, scorer: MatchScorer, steps: [Step]) {
            self.prepared = prepared
            self.scorer = scorer
            self.steps = steps
        }

        /// Scores every track of `release` and keeps the best match.
        mutating func examine(_ release: Release) {
            examined += 1
            examinedIDs.insert(release.id)
            if artistIDs.isEmpty { artistIDs = TrackMatcher.artistIDs(named: prepared.artistNames[0], in: release) }
            var reasons = ["found by \(step) search"]
            if confirmed { reasons.append("artist confirmed on the release list") }
            let releaseArtists = scorer.artistScore(prepared, performers: release.artists)
            for entry in PlayableTrack.flatten(release) {
                let score = scorer.score(prepared, track: entry, in: release, releaseArtistScore: releaseArtists)
                if score.confidence > (best?.confidence ?? -1) {
                    best = Match(target: prepared.target, release: release, track: entry, confidence: score.confidence,
                                 reasons: ["release \(release.id) track \(entry.track.position ?? "?")"] + reasons + score.reasons)
                }
            }
        }

        /// Ends the attempt with its best match, or with why nothing was matched.
        mutating func finish(_ options: Options) {
            if var best, best.confidence >= options.minimumConfidence {
                best.reasons.insert("examined \(examined) candidate release" + (examined == 1 ? "" : "s"), at: 2)
                outcome = .success(.matched(best))
            } else if let best {
                outcome = .success(.unmatched("best candidate (release \(best.release.id), “\(best.track.track.title)”) scored "
                    + MatchScorer.format(best.confidence) + ", below " + MatchScorer.format(options.minimumConfidence) + ": "
                    + best.reasons.joined(separator: "; ")))
            } else {
                outcome = .success(.unmatched("no candidate found: " + tried.joined(separator: ", ")))
            }
        }
    }

    /// Advances `attempt` until it wants a release fetched or is done: examines the candidates
    /// already fetched in the window (`shared`, free; `nil` for a release not found), runs the next search when its candidates
    /// are spent, confirms the artist when that decides what to fetch.
    func advance(_ start: Attempt, shared: [Int: Release?]) async -> Attempt {
        var run = start
        do {
            while run.outcome == nil {
                if let best = run.best, best.confidence >= options.certainConfidence { break }
                run.candidates.removeAll { run.examinedIDs.contains($0.releaseID) || run.ruledOut.contains($0.releaseID) }
                let free = run.candidates.filter { shared.keys.contains($0.releaseID) }
                if !free.isEmpty {
                    for candidate in free {
                        if case .some(.some(let release)) = shared[candidate.releaseID] {
                            run.examine(release)
                        } else {
                            run.examinedIDs.insert(candidate.releaseID)
                        }
                    }
                    continue
                }
                if run.candidates.isEmpty {
                    if let best = run.best, best.confidence >= options.minimumConfidence { break }
                    guard run.fetched < options.maxReleaseFetches, !run.steps.isEmpty else { break }
                    let step = run.steps.removeFirst()
                    let results = try await search(step.query, for: run.prepared)
                    run.tried.append("\(step.name) (\(results.count) results)")
                    run.candidates = CandidateRanker.rank(results, for: run.prepared)
                    if !run.candidates.isEmpty { run.step = step.name }
                    continue
                }
                guard run.fetched < options.maxReleaseFetches else { break }
                // A release that names none of the target's artists is worth a fetch only when
                // nothing better was found.
                if run.candidates[0].fit == .none, run.examined > 0 {
                    run.candidates.removeFirst()
                    continue
                }
                if needsConfirmation(run) {
                    try await confirm(&run)
                    continue
                }
                run.wanted = run.candidates.removeFirst().releaseID
                return run
            }
            run.finish(options)
        } catch {
            run.outcome = .failure(error)
        }
        return run
    }

    /// Takes the fetch of the release `run` wanted: examines it, or notes it was not found, or
    /// ends the attempt with the failure.
    func receive(_ result: Result<Release, any Error>, into run: inout Attempt) {
        guard let id = run.wanted else { return }
        run.wanted = nil
        run.fetched += 1
        switch result {
        case .success(let release):
            run.examine(release)
        case .failure(DiscogsError.notFound):
            run.examinedIDs.insert(id)
            run.tried.append("release \(id) not found")
        case .failure(let error):
            run.outcome = .failure(error)
        }
    }

    /// Whether the artist should be confirmed before the next fetch: the next candidate does not
    /// name the target's artists itself, the candidates outnumber the fetches left, and the
    /// policy allows it.
    func needsConfirmation(_ run: Attempt) -> Bool {
        guard client != nil, !run.confirmed, !run.candidates[0].fit.namesTheTarget,
              run.candidates.count > options.maxReleaseFetches - run.fetched else { return false }
        switch options.artistConfirmation {
        case .never: return false
        case .whenArtistKnown: return !run.artistIDs.isEmpty
        case .always: return true
        }
    }

    /// Keeps the candidates that carry the target's first artist (by the ids learnt, or those an
    /// artist search finds), in their order; the others follow only when an artist's list was
    /// too long to read whole (or no artist of that name was found), since they might still
    /// carry it.
    func confirm(_ run: inout Attempt) async throws {
        run.confirmed = true
        guard let client else { return }
        var ids = run.artistIDs
        if ids.isEmpty {
            ids = try await artists.artistIDs(named: run.prepared.artistNames[0], query: run.prepared.searchArtistNames[0], client: client)
        }
        var appearances = ArtistDirectory.Appearances()
        appearances.isComplete = !ids.isEmpty
        for id in ids.prefix(4) {
            let found = try await artists.appearances(of: id, client: client)
            appearances.releaseIDs.formUnion(found.releaseIDs)
            appearances.masterIDs.formUnion(found.masterIDs)
            appearances.isComplete = appearances.isComplete && found.isComplete
        }
        let candidates = run.candidates
        let carries = candidates.filter { $0.fit.namesTheTarget || appearances.contains(release: $0.releaseID, master: $0.masterID) }
        run.tried.append("artist confirmed on \(carries.count) of \(candidates.count) candidates")
        // Complete lists rule the others out; a partial list only puts the confirmed ones first.
        let carried = Set(carries.map(\.releaseID))
        if appearances.isComplete {
            run.ruledOut.formUnion(candidates.map(\.releaseID).filter { !carried.contains($0) })
            run.candidates = carries
        } else {
            run.candidates = carries + candidates.filter { !carried.contains($0.releaseID) }
        }
    }

    /// The ids of the credits of `release` (main, track and credited artists) called `name`.
    static func artistIDs(named name: String, in release: Release) -> [Int] {
        var seen = Set<Int>()
        return release.allArtistCredits.filter { TextNormalizer.normalizeName($0.name) == name }.compactMap(\.id)
            .filter { seen.insert($0).inserted }
    }
}
