import DiscogsKit

/// The COPY rows of each record, table by table, in the column order of ``PostgresSchema``.
enum PostgresCopyRows {
    typealias Emit = (_ table: Int, _ row: PostgresCopyRow) throws -> Void

    static func release(_ release: Release, emit: Emit) throws {
        var row = PostgresCopyRow()
        row.append(release.id); row.append(release.status?.rawValue); row.append(release.title)
        row.append(ArtistCreditFormatter.displayString(for: release.artists)); row.append(release.country)
        row.append(release.released); row.append(release.notes); row.append(release.dataQuality?.rawValue)
        row.append(release.masterID); row.append(release.isMainRelease); row.append(release.genres); row.append(release.styles)
        try finish(&row, 0, emit)
        try credits(release.artists, extra: release.extraArtists, prefix: { $0.append(release.id) }, table: 1, emit: emit)
        for (index, label) in release.labels.enumerated() {
            var row = PostgresCopyRow()
            row.append(release.id); row.append(index); row.append(label.id); row.append(label.name); row.append(label.catalogNumber)
            try finish(&row, 2, emit)
        }
        for (index, company) in release.companies.enumerated() {
            var row = PostgresCopyRow()
            row.append(release.id); row.append(index); row.append(company.id); row.append(company.name)
            row.append(company.catalogNumber); row.append(company.entityType); row.append(company.entityTypeName)
            try finish(&row, 3, emit)
        }
        for (index, format) in release.formats.enumerated() {
            var row = PostgresCopyRow()
            row.append(release.id); row.append(index); row.append(format.name?.rawValue); row.append(format.quantity)
            row.append(format.text); row.append(format.descriptions)
            try finish(&row, 4, emit)
        }
        for (index, identifier) in release.identifiers.enumerated() {
            var row = PostgresCopyRow()
            row.append(release.id); row.append(index); row.append(identifier.type); row.append(identifier.value)
            row.append(identifier.description)
            try finish(&row, 5, emit)
        }
        try videos(release.videos, prefix: { $0.append(release.id) }, table: 6, emit: emit)
        var ordinal = 0
        func add(_ track: Track, parent: Int?) throws {
            let own = ordinal
            ordinal += 1
            var row = PostgresCopyRow()
            row.append(release.id); row.append(own); row.append(parent); row.append(track.position)
            row.append(track.type.rawValue); row.append(track.title); row.append(track.duration)
            try finish(&row, 7, emit)
            try credits(track.artists, extra: track.extraArtists, prefix: { $0.append(release.id); $0.append(own) }, table: 8, emit: emit)
            for sub in track.subTracks { try add(sub, parent: own) }
        }
        for entry in release.tracklist { try add(entry, parent: nil) }
    }

    static func master(_ master: Master, emit: Emit) throws {
        var row = PostgresCopyRow()
        row.append(master.id); row.append(master.title); row.append(ArtistCreditFormatter.displayString(for: master.artists))
        row.append(master.mainRelease); row.append(master.year); row.append(master.notes); row.append(master.dataQuality?.rawValue)
        row.append(master.genres); row.append(master.styles)
        try finish(&row, 0, emit)
        try credits(master.artists, extra: [], prefix: { $0.append(master.id) }, table: 1, emit: emit)
        try videos(master.videos, prefix: { $0.append(master.id) }, table: 2, emit: emit)
    }

    static func artist(_ artist: Artist, emit: Emit) throws {
        var row = PostgresCopyRow()
        row.append(artist.id); row.append(artist.name); row.append(artist.realName); row.append(artist.profile)
        row.append(artist.dataQuality?.rawValue); row.append(artist.nameVariations); row.append(artist.urls)
        try finish(&row, 0, emit)
        for (table, references) in [(1, artist.aliases), (2, artist.members), (3, artist.groups)] {
            for (index, reference) in references.enumerated() {
                var row = PostgresCopyRow()
                row.append(artist.id); row.append(index); row.append(reference.id); row.append(reference.name)
                if table == 2 { row.append(reference.active) }
                try finish(&row, table, emit)
            }
        }
    }

    static func label(_ label: Label, emit: Emit) throws {
        var row = PostgresCopyRow()
        row.append(label.id); row.append(label.name); row.append(label.contactInfo); row.append(label.profile)
        row.append(label.dataQuality?.rawValue); row.append(label.parentLabel?.id); row.append(label.parentLabel?.name)
        row.append(label.urls)
        try finish(&row, 0, emit)
        for (index, sublabel) in label.sublabels.enumerated() {
            var row = PostgresCopyRow()
            row.append(label.id); row.append(index); row.append(sublabel.id); row.append(sublabel.name)
            try finish(&row, 1, emit)
        }
    }

    private static func finish(_ row: inout PostgresCopyRow, _ table: Int, _ emit: Emit) throws {
        row.finish()
        try emit(table, row)
    }

    private static func credits(_ main: [ArtistCredit], extra: [ArtistCredit], prefix: (inout PostgresCopyRow) -> Void,
                                table: Int, emit: Emit) throws {
        for (index, credit) in (main + extra).enumerated() {
            var row = PostgresCopyRow()
            prefix(&row)
            row.append(index); row.append(credit.id); row.append(credit.name); row.append(credit.anv); row.append(credit.join)
            row.append(credit.role); row.append(credit.tracks); row.append(index >= main.count)
            try finish(&row, table, emit)
        }
    }

    private static func videos(_ videos: [Video], prefix: (inout PostgresCopyRow) -> Void, table: Int, emit: Emit) throws {
        for (index, video) in videos.enumerated() {
            var row = PostgresCopyRow()
            prefix(&row)
            row.append(index); row.append(video.uri); row.append(video.title); row.append(video.description)
            row.append(video.duration); row.append(video.embed)
            try finish(&row, table, emit)
        }
    }
}
