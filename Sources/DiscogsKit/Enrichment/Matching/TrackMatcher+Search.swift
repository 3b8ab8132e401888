extension TrackMatcher {
    /// One search of the cascade.
    struct Step: Sendable, Hashable {
        let name: String
        let query: SearchQuery
    }

    /// The searches for `target`, in order, without repeats.
    func searchSteps(_ target: MatchScorer.PreparedTarget) -> [Step] {
        var steps: [Step] = []
        let title = target.searchTrack(withVersion: false)
        if let catno = target.target.catno?.trimmingWhitespace(), !catno.isEmpty {
            steps.append(Step(name: "catalogue number",
                              query: SearchQuery(type: .release, label: target.target.label, catno: catno)))
        }
        if target.searchVersion != nil {
            steps.append(Step(name: "artist and track with version",
                              query: SearchQuery(type: .release, artist: target.searchArtist,
                                                 track: target.searchTrack(withVersion: true))))
        }
        steps.append(Step(name: "artist and track", query: SearchQuery(type: .release, artist: target.searchArtist, track: title)))
        if target.artistNames.count > 1 {
            steps.append(Step(name: "first artist and track",
                              query: SearchQuery(type: .release, artist: target.searchArtistNames[0], track: title)))
        }
        steps.append(Step(name: "free text", query: SearchQuery("\(target.searchArtistNames[0]) \(title)", type: .release)))
        var seen = Set<SearchQuery>()
        return steps.filter { seen.insert($0.query).inserted }
    }

    /// The results of one search from the source; "not found" is no results.
    func search(_ query: SearchQuery, for target: MatchScorer.PreparedTarget) async throws -> [SearchResult] {
        try await source.search(query, for: target, limit: options.searchResultsPerPage)
    }
}
