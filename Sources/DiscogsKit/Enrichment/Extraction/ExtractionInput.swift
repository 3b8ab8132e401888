/// What extraction cleans in a release before it makes items of it, so that one bad value in
/// Discogs' data never makes an item a sink must refuse.
///
/// - An id of `0` or below (Discogs' ids start at 1; `0` is sent for "none") becomes `nil`:
///   artist and company credits, at every level of the tracklist, and the master id.
/// - U+0000 (NUL), which PostgreSQL cannot store and no title means, is removed from every text
///   that reaches an item: titles, names, name variations, join phrases, roles, positions,
///   durations, catalogue numbers, genres, styles, formats, the country and the release date.
///
/// A release with nothing to clean is returned as it is, without copying.
enum ExtractionInput {
    static func clean(_ release: Release) -> Release {
        guard needsCleaning(release) else { return release }
        var release = release
        release.title = text(release.title)
        release.country = release.country.map(text)
        release.released = release.released.map(text)
        release.genres = release.genres.map(text)
        release.styles = release.styles.map(text)
        release.masterID = id(release.masterID)
        release.artists = release.artists.map(credit)
        release.extraArtists = release.extraArtists.map(credit)
        release.labels = release.labels.map(company)
        release.companies = release.companies.map(company)
        release.series = release.series.map(company)
        release.formats = release.formats.map { format in
            var format = format
            format.descriptions = format.descriptions.map(text)
            format.text = format.text.map(text)
            return format
        }
        release.tracklist = release.tracklist.map(track)
        return release
    }

    static func needsCleaning(_ release: Release) -> Bool {
        if let master = release.masterID, master <= 0 { return true }
        if hasNUL(release.title) || hasNUL(release.country) || hasNUL(release.released)
            || release.genres.contains(where: hasNUL) || release.styles.contains(where: hasNUL) { return true }
        if release.artists.contains(where: needsCleaning) || release.extraArtists.contains(where: needsCleaning) { return true }
        if (release.labels + release.companies + release.series).contains(where: needsCleaning) { return true }
        if release.formats.contains(where: { $0.descriptions.contains(where: hasNUL) || hasNUL($0.text) }) { return true }
        return release.tracklist.contains(where: needsCleaning)
    }

    private static func needsCleaning(_ track: Track) -> Bool {
        hasNUL(track.title) || hasNUL(track.position) || hasNUL(track.duration)
            || track.artists.contains(where: needsCleaning) || track.extraArtists.contains(where: needsCleaning)
            || track.subTracks.contains(where: needsCleaning)
    }

    private static func needsCleaning(_ credit: ArtistCredit) -> Bool {
        (credit.id.map { $0 <= 0 } ?? false) || hasNUL(credit.name) || hasNUL(credit.anv) || hasNUL(credit.join)
            || hasNUL(credit.role) || hasNUL(credit.tracks)
    }

    private static func needsCleaning(_ company: CompanyCredit) -> Bool {
        (company.id.map { $0 <= 0 } ?? false) || hasNUL(company.name) || hasNUL(company.catalogNumber)
    }

    private static func track(_ track: Track) -> Track {
        var track = track
        track.title = text(track.title)
        track.position = track.position.map(text)
        track.duration = track.duration.map(text)
        track.artists = track.artists.map(credit)
        track.extraArtists = track.extraArtists.map(credit)
        track.subTracks = track.subTracks.map(self.track)
        return track
    }

    private static func credit(_ credit: ArtistCredit) -> ArtistCredit {
        var credit = credit
        credit.id = id(credit.id)
        credit.name = text(credit.name)
        credit.anv = credit.anv.map(text)
        credit.join = credit.join.map(text)
        credit.role = credit.role.map(text)
        credit.tracks = credit.tracks.map(text)
        return credit
    }

    private static func company(_ company: CompanyCredit) -> CompanyCredit {
        var company = company
        company.id = id(company.id)
        company.name = text(company.name)
        company.catalogNumber = company.catalogNumber.map(text)
        return company
    }

    private static func id(_ value: Int?) -> Int? {
        value.flatMap { $0 > 0 ? $0 : nil }
    }

    private static func hasNUL(_ value: String?) -> Bool {
        value?.utf8.contains(0) ?? false
    }

    private static func text(_ value: String) -> String {
        hasNUL(value) ? String(decoding: value.utf8.filter { $0 != 0 }, as: UTF8.self) : value
    }
}
