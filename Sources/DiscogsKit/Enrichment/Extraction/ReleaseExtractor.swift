import Foundation

/// Turns a ``Release`` into SongNodes items: one ``TrackItem`` per playable track, one
/// ``ArtistItem`` per distinct artist (main, track and credited) and one ``LabelItem`` per label.
///
/// ### Rules
/// - A track's own `artists` override the release's (compilations, "Various").
/// - Headings are skipped and kept as the track's `section`; index tracks yield their sub-tracks.
/// - Positions are parsed with the release's format quantity: `1.01` is disc 1 track 1 on a
///   2×CD and a medley part on a single CD.
/// - Version flags come from the title and are cross-checked with the track's `Remix` credits: a
///   Remix credit makes a track a remix and names its remixers even when the title does not.
/// - Credits are the track's `extraartists` plus the release's whose `tracks` range covers the
///   track (an empty range covers the whole release); roles are kept as Discogs writes them.
///
/// ```swift
/// let items = ReleaseExtractor().extract(release)
/// items.tracks.first?.artistName // per-track artist on a compilation
/// ```
public struct ReleaseExtractor: Sendable {
    /// The result of one extraction.
    public struct Extraction: Sendable, Hashable {
        /// One item per playable track, in tracklist order.
        public var tracks: [TrackItem]
        /// One item per distinct artist.
        public var artists: [ArtistItem]
        /// One item per distinct label.
        public var labels: [LabelItem]
        /// Credit ranges that named positions the tracklist does not have, as sentences.
        public var issues: [String]

        /// Every item: tracks, then artists, then labels.
        public var allItems: [ExtractedItem] {
            tracks.map(ExtractedItem.track) + artists.map(ExtractedItem.artist) + labels.map(ExtractedItem.label)
        }
    }

    /// The time stamped on the items.
    public var scrapeTimestamp: Date

    /// Creates an extractor stamping items with `scrapeTimestamp` (default: now).
    public init(scrapeTimestamp: Date = Date()) {
        self.scrapeTimestamp = scrapeTimestamp
    }

    /// Extracts every item of `release`.
    public func extract(_ release: Release) -> Extraction {
        let release = ExtractionInput.clean(release)
        let playable = PlayableTrack.flatten(release)
        let credits = ReleaseCredits(release)
        let context = ReleaseItemContext(release)
        var artists = ArtistCollector(releaseID: release.id, timestamp: scrapeTimestamp)
        for credit in release.artists { artists.add(credit, role: "Main") }
        let tracks = playable.map { entry -> TrackItem in
            let item = trackItem(entry, context: context, credits: credits.credits(for: entry))
            for credit in entry.track.artists { artists.add(credit, role: "Track Artist") }
            return item
        }
        for credit in release.extraArtists { artists.add(credit, role: credit.role ?? "") }
        for entry in playable {
            for credit in entry.track.extraArtists { artists.add(credit, role: credit.role ?? "") }
        }
        return Extraction(tracks: tracks, artists: artists.items, labels: labelItems(release), issues: credits.issues)
    }

    /// The items one track refers to: its ``TrackItem``, the artists performing or credited on
    /// it, and the release's labels.
    public func items(for entry: PlayableTrack, in release: Release) -> (track: TrackItem, artists: [ArtistItem], labels: [LabelItem]) {
        var release = release
        var entry = entry
        if ExtractionInput.needsCleaning(release) {
            release = ExtractionInput.clean(release)
            entry = PlayableTrack.flatten(release).first { $0.ordinal == entry.ordinal } ?? entry
        }
        let credits = ReleaseCredits(release)
        var artists = ArtistCollector(releaseID: release.id, timestamp: scrapeTimestamp)
        let performers = entry.track.artists.isEmpty ? release.artists : entry.track.artists
        for credit in performers { artists.add(credit, role: entry.track.artists.isEmpty ? "Main" : "Track Artist") }
        for credit in entry.track.extraArtists { artists.add(credit, role: credit.role ?? "") }
        let covering = credits.credits(for: entry)
        for credit in release.extraArtists where covering.contains(where: { $0.artistID == credit.id && $0.name == ArtistCreditFormatter.displayName(of: credit) }) {
            artists.add(credit, role: credit.role ?? "")
        }
        return (trackItem(entry, release: release, credits: covering), artists.items, labelItems(release))
    }

    /// The item of one playable track.
    public func trackItem(_ entry: PlayableTrack, release: Release, credits: [CreditItem]) -> TrackItem {
        trackItem(entry, context: ReleaseItemContext(release), credits: credits)
    }

    /// The item of one playable track, with what the release's tracks share worked out once.
    func trackItem(_ entry: PlayableTrack, context: ReleaseItemContext, credits: [CreditItem]) -> TrackItem {
        let release = context.release
        let track = entry.track
        let ownPerformers = !track.artists.isEmpty
        let parsed = TrackTitleParser.parse(track.title)
        let remixCredits = track.extraArtists.filter { CreditRoles.split($0.role ?? "").contains { CreditRoles.isRemix($0) } }
        var remixers = parsed.remixers
        for credit in remixCredits {
            let name = ArtistCreditFormatter.displayName(of: credit)
            if !remixers.contains(where: { TextNormalizer.normalizeName($0) == TextNormalizer.normalizeName(name) }) {
                remixers.append(name)
            }
        }
        let isRemix = parsed.isRemix || !remixCredits.isEmpty
        var metadata = TrackMetadata(
            releaseTitle: release.title, position: track.position, section: entry.section,
            country: release.country, genres: release.genres, styles: release.styles,
            artists: ownPerformers ? ReleaseItemContext.metadataArtists(track.artists) : context.performers,
            credits: credits, labels: context.labels, formats: context.formats, masterID: release.masterID)
        metadata.indexTitle = entry.indexTitle
        metadata.disc = entry.position.disc
        metadata.trackNumber = entry.position.track
        metadata.side = entry.position.side
        metadata.versions = parsed.versions.isEmpty ? nil : parsed.versions
        metadata.remixers = remixers.isEmpty ? nil : remixers
        metadata.featuring = parsed.featuring.isEmpty ? nil : parsed.featuring
        return TrackItem(
            title: track.title,
            artistName: ownPerformers ? ArtistCreditFormatter.displayString(for: track.artists) : context.performerString,
            normalizedTitle: TextNormalizer.normalize(parsed.baseTitle),
            releaseID: release.id,
            durationMilliseconds: track.duration.flatMap(DurationParser.milliseconds(from:)),
            recordLabel: context.recordLabel,
            catalogNumber: context.catalogNumber,
            genre: release.genres.first,
            subgenre: release.styles.first,
            releaseDate: context.releaseDate,
            isRemix: isRemix,
            isLive: parsed.isLive,
            remixType: parsed.remixType ?? (isRemix ? "Remix" : nil),
            metadata: metadata,
            externalURLs: context.externalURLs,
            scrapeTimestamp: scrapeTimestamp)
    }

    /// One item per distinct label of `release` (labels repeated with other catalogue numbers are
    /// merged).
    public func labelItems(_ release: Release) -> [LabelItem] {
        var order: [String] = []
        var byKey: [String: LabelItem] = [:]
        for label in release.labels {
            let key = label.id.map { "id:\($0)" } ?? "name:\(TextNormalizer.normalizeName(label.name))"
            let catno = CatalogNumber.clean(label.catalogNumber)
            if var existing = byKey[key] {
                if let catno, !existing.catalogNumbers.contains(catno) { existing.catalogNumbers.append(catno) }
                byKey[key] = existing
                continue
            }
            order.append(key)
            byKey[key] = LabelItem(
                name: ArtistCreditFormatter.strippingDisambiguation(label.name),
                normalizedName: TextNormalizer.normalizeName(label.name), discogsID: label.id,
                catalogNumbers: catno.map { [$0] } ?? [],
                metadata: LabelMetadata(sourceReleaseID: release.id),
                externalURLs: label.id.map(DiscogsURLs.label) ?? [:], scrapeTimestamp: scrapeTimestamp)
        }
        return order.compactMap { byKey[$0] }
    }
}

/// Catalogue numbers as SongNodes wants them: Discogs' literal `none` and blanks are absent.
public enum CatalogNumber {
    /// The catalogue number that goes with the first label: the first real one among that
    /// label's entries (a label listed as `none` and again as `BPC 100` gives `BPC 100`).
    public static func primary(of labels: [CompanyCredit]) -> String? {
        guard let first = labels.first else { return nil }
        let same = labels.filter { label in
            if let id = first.id { return label.id == id }
            return label.id == nil && TextNormalizer.normalizeName(label.name) == TextNormalizer.normalizeName(first.name)
        }
        return same.lazy.compactMap { clean($0.catalogNumber) }.first
    }

    /// `catno` trimmed, or `nil` when it is empty or `none`.
    public static func clean(_ catno: String?) -> String? {
        guard let text = catno?.trimmingWhitespace(), !text.isEmpty,
              text.lowercased() != "none" else { return nil }
        return text
    }
}

/// Release dates as SongNodes wants them.
public enum ReleaseDates {
    /// The ISO date of known precision from `released` (`2019-03`), or the year when only that
    /// is known, or `nil`.
    public static func isoDate(_ release: Release) -> String? {
        if let released = release.released, let date = PartialDateParser.parse(released) { return date.isoString }
        if let year = release.year, year > 0 { return String(year) }
        return nil
    }
}
