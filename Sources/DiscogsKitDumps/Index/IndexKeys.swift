import DiscogsKit

/// The lookup keys of the dump index, folded the way the matcher folds a target, and their
/// stable 64-bit hashes (FNV-1a over UTF-8: the same in every process, unlike `Hasher`).
///
/// - `at|ARTIST|TITLE`: each performer's folded name with a track's folded title, with and
///   without its version (`feel it` and `feel it dixon edit`);
/// - `t|TITLE`: the folded title alone (what a free-text search falls back to);
/// - `c|CATNO`: each label's catalogue number, compacted as the scorer compares them.
///
/// A hash that two keys share only adds a candidate the ranking and scoring then weigh like any
/// other; it never makes a match by itself.
enum IndexKeys {
    static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func artistTitle(_ artist: String, _ title: String) -> UInt64 { hash("at|\(artist)|\(title)") }
    static func title(_ title: String) -> UInt64 { hash("t|\(title)") }
    static func catalogNumber(_ catno: String) -> UInt64 { hash("c|\(MatchScorer.compactCatno(catno))") }

    /// Every key of `release`, without repeats.
    static func keys(of release: Release) -> Set<UInt64> {
        var keys = Set<UInt64>()
        for entry in PlayableTrack.flatten(release) {
            let performers = entry.track.artists.isEmpty ? release.artists : entry.track.artists
            var names = Set(MatchScorer.artistNames(in: ArtistCreditFormatter.displayString(for: performers)))
            for credit in performers { names.insert(TextNormalizer.normalizeName(credit.name)) }
            let parsed = TrackTitleParser.parse(entry.track.title)
            let titles = Set([TextNormalizer.normalize(parsed.baseTitle), TextNormalizer.normalize(entry.track.title)])
                .filter { !$0.isEmpty }
            for title in titles {
                keys.insert(Self.title(title))
                for name in names where !name.isEmpty { keys.insert(artistTitle(name, title)) }
            }
        }
        for label in release.labels {
            if let catno = CatalogNumber.clean(label.catalogNumber), !MatchScorer.compactCatno(catno).isEmpty {
                keys.insert(catalogNumber(catno))
            }
        }
        return keys
    }

    /// What a search of the matcher's cascade looks up: its catalogue number, or its artists
    /// with its title, or (free text) the target's first artist with its title and then the
    /// title alone.
    static func lookups(for query: SearchQuery, target: MatchScorer.PreparedTarget) -> [UInt64] {
        if let catno = query.catno, !MatchScorer.compactCatno(catno).isEmpty { return [catalogNumber(catno)] }
        if let artist = query.artist, let track = query.track {
            let title = TextNormalizer.normalize(track)
            let first = target.searchArtistNames.first
            let names = target.artistNames.count > 1 && artist == first ? [target.artistNames[0]] : target.artistNames
            return names.map { artistTitle($0, title) }
        }
        guard let name = target.artistNames.first, !target.baseTitle.isEmpty else { return [] }
        return [artistTitle(name, target.baseTitle), title(target.baseTitle)]
    }
}
