/// One playable track of a release with its context: the heading it sits under, the index track
/// it belongs to, its parsed position and its place in the tracklist.
///
/// ```swift
/// let tracks = PlayableTrack.flatten(release)
/// tracks.map(\.track.title)      // headings dropped, index tracks replaced by their sub-tracks
/// ```
public struct PlayableTrack: Sendable, Hashable {
    /// The track as Discogs has it; a sub-track without artists of its own carries its index
    /// track's, and its index track's credits come before its own.
    public var track: Track
    /// The title of the heading above it (e.g. a disc's name), if any.
    public var section: String?
    /// The title of the index track it belongs to, for sub-tracks.
    public var indexTitle: String?
    /// The parsed position, dotted forms read with the release's format quantity.
    public var position: TrackPosition
    /// Its 0-based order among the playable tracks.
    public var ordinal: Int

    /// The playable tracks of `release` in tracklist order: headings skipped (their title kept as
    /// the section), index tracks replaced by their sub-tracks (an index without sub-tracks counts
    /// as a track). Sub-tracks inherit the index track's artists when they name none, and its
    /// credits (`extraartists`) in front of their own.
    public static func flatten(_ release: Release) -> [PlayableTrack] {
        flatten(release.tracklist, formatQuantity: release.totalFormatQuantity)
    }

    /// The playable tracks of a tracklist, dotted positions read with `formatQuantity`.
    public static func flatten(_ tracklist: [Track], formatQuantity: Int) -> [PlayableTrack] {
        var out: [(Track, String?, String?)] = []
        var section: String?
        for track in tracklist {
            switch track.type {
            case .heading:
                section = track.title.isEmpty ? nil : track.title
            case .index where !track.subTracks.isEmpty:
                for sub in track.subTracks where sub.type != .heading {
                    out.append((inheriting(sub, from: track), section, track.title))
                }
            default:
                out.append((track, section, nil))
            }
        }
        let parsed = PositionParser.resolveDotted(out.map { PositionParser.parse($0.0.position ?? "") },
                                                  formatQuantity: formatQuantity)
        return out.enumerated().map { index, entry in
            PlayableTrack(track: entry.0, section: entry.1, indexTitle: entry.2, position: parsed[index], ordinal: index)
        }
    }

    /// `sub` with `index`'s artists when it has none, and `index`'s credits before its own.
    static func inheriting(_ sub: Track, from index: Track) -> Track {
        var track = sub
        if track.artists.isEmpty { track.artists = index.artists }
        if !index.extraArtists.isEmpty {
            track.extraArtists = index.extraArtists + sub.extraArtists.filter { !index.extraArtists.contains($0) }
        }
        return track
    }
}

extension Release {
    /// The number of discs, records or files across every format entry (at least 1).
    public var totalFormatQuantity: Int {
        let sum = formats.reduce(0) { $0 + max(0, $1.quantity ?? 0) }
        return max(1, sum > 0 ? sum : (formatQuantity ?? 1))
    }

    /// Every position in tracklist order, index sub-tracks included: what credit ranges resolve
    /// against.
    public var allPositions: [String] {
        var out: [String] = []
        func add(_ track: Track) {
            if let position = track.position, !position.trimmingWhitespace().isEmpty {
                out.append(position)
            }
            track.subTracks.forEach(add)
        }
        tracklist.forEach(add)
        return out
    }

    /// Every artist credit: main and credited artists, then each track's and sub-track's
    /// performers and credited artists, in tracklist order.
    public var allArtistCredits: [ArtistCredit] {
        var credits = artists + extraArtists
        for track in tracklist {
            credits += track.artists + track.extraArtists
            for sub in track.subTracks { credits += sub.artists + sub.extraArtists }
        }
        return credits
    }
}
