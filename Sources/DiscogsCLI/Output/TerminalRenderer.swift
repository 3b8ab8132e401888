import DiscogsKit
import Foundation

/// Readable summaries for a terminal.
enum TerminalRenderer {
    /// A release: artists and title, labels with catalogue numbers, year, formats, genres and
    /// styles, and an aligned tracklist.
    static func render(_ release: Release) -> String {
        var lines: [String] = []
        lines.append("\(ArtistCreditFormatter.displayString(for: release.artists)) – \(release.title)")
        lines.append("Release \(release.id)" + (release.uri.map { "  \($0)" } ?? ""))
        let labels = release.labels.map { label -> String in
            let catno = label.catalogNumber.flatMap { $0.lowercased() == "none" || $0.isEmpty ? nil : $0 }
            return catno.map { "\(label.name) – \($0)" } ?? label.name
        }
        field("Label", labels.joined(separator: ", "), into: &lines)
        field("Released", release.releasedFormatted ?? ReleaseDates.isoDate(release) ?? "", into: &lines)
        field("Country", release.country ?? "", into: &lines)
        field("Format", release.formats.map(describe).joined(separator: "; "), into: &lines)
        field("Genre", release.genres.joined(separator: ", "), into: &lines)
        field("Style", release.styles.joined(separator: ", "), into: &lines)
        if let master = release.masterID { field("Master", String(master), into: &lines) }
        lines.append("")
        lines.append("Tracklist:")
        lines.append(contentsOf: tracklist(release.tracklist, releaseArtists: release.artists))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A master release.
    static func render(_ master: Master) -> String {
        var lines: [String] = []
        lines.append("\(ArtistCreditFormatter.displayString(for: master.artists)) – \(master.title)")
        lines.append("Master \(master.id)" + (master.uri.map { "  \($0)" } ?? ""))
        field("Year", master.year.map(String.init) ?? "", into: &lines)
        field("Main release", master.mainRelease.map(String.init) ?? "", into: &lines)
        field("Genre", master.genres.joined(separator: ", "), into: &lines)
        field("Style", master.styles.joined(separator: ", "), into: &lines)
        lines.append("")
        lines.append("Tracklist:")
        lines.append(contentsOf: tracklist(master.tracklist, releaseArtists: master.artists))
        return lines.joined(separator: "\n") + "\n"
    }

    /// An artist.
    static func render(_ artist: Artist) -> String {
        var lines = ["\(artist.name)", "Artist \(artist.id)" + (artist.uri.map { "  \($0)" } ?? "")]
        field("Real name", artist.realName ?? "", into: &lines)
        field("Members", artist.members.map(\.name).joined(separator: ", "), into: &lines)
        field("Groups", artist.groups.map(\.name).joined(separator: ", "), into: &lines)
        field("Aliases", artist.aliases.map(\.name).joined(separator: ", "), into: &lines)
        field("Variations", artist.nameVariations.prefix(8).joined(separator: ", "), into: &lines)
        field("Links", artist.urls.prefix(5).joined(separator: " "), into: &lines)
        if let profile = artist.profile, !profile.isEmpty {
            lines.append("")
            lines.append(MarkupParser.plainText(from: profile))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A label.
    static func render(_ label: Label) -> String {
        var lines = ["\(label.name)", "Label \(label.id)" + (label.uri.map { "  \($0)" } ?? "")]
        field("Parent", label.parentLabel?.name ?? "", into: &lines)
        field("Sublabels", label.sublabels.prefix(10).map(\.name).joined(separator: ", ")
              + (label.sublabels.count > 10 ? ", … (\(label.sublabels.count) in all)" : ""), into: &lines)
        field("Links", label.urls.prefix(5).joined(separator: " "), into: &lines)
        if let profile = label.profile, !profile.isEmpty {
            lines.append("")
            lines.append(MarkupParser.plainText(from: profile))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table of rows with aligned columns.
    static func table(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], min(cell.count, 60))
            }
        }
        func render(_ row: [String]) -> String {
            row.enumerated().map { index, cell in
                let clipped = cell.count > 60 ? String(cell.prefix(59)) + "…" : cell
                return index == row.count - 1 ? clipped : clipped.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([render(header)] + rows.map(render)).joined(separator: "\n") + "\n"
    }

    // MARK: - Parts

    /// The column values start in: past the longest label ("Main release:") and a space.
    static let valueColumn = 14

    /// `Name:` then the value, aligned at ``valueColumn``; a longer label is never cut, and
    /// always keeps a space before its value.
    static func field(_ name: String, _ value: String, into lines: inout [String]) {
        guard !value.isEmpty else { return }
        let label = name + ":"
        lines.append(label.padding(toLength: max(valueColumn, label.count + 1), withPad: " ", startingAt: 0) + value)
    }

    private static func describe(_ format: Format) -> String {
        let name = format.name?.rawValue ?? "Unknown format"
        var text = (format.quantity ?? 1) > 1 ? "\(format.quantity ?? 1) × \(name)" : name
        let details = format.descriptions + (format.text.map { [$0] } ?? [])
        if !details.isEmpty { text += ", " + details.joined(separator: ", ") }
        return text
    }

    private static func tracklist(_ tracks: [Track], releaseArtists: [ArtistCredit]) -> [String] {
        var rows: [(String, String, String)] = []
        func add(_ track: Track, indent: String) {
            switch track.type {
            case .heading:
                rows.append(("", "— \(track.title) —", ""))
            case .index:
                rows.append((track.position ?? "", indent + track.title, track.duration ?? ""))
                for sub in track.subTracks { add(sub, indent: indent + "  ") }
            default:
                var title = indent + track.title
                if !track.artists.isEmpty, track.artists != releaseArtists {
                    title = indent + ArtistCreditFormatter.displayString(for: track.artists) + " – " + track.title
                }
                rows.append((track.position ?? "", title, track.duration ?? ""))
            }
        }
        for track in tracks { add(track, indent: "") }
        let positionWidth = rows.map(\.0.count).max() ?? 0
        let titleWidth = min(70, rows.map(\.1.count).max() ?? 0)
        return rows.map { position, title, duration in
            let left = "  " + position.padding(toLength: positionWidth, withPad: " ", startingAt: 0) + "  "
            guard !duration.isEmpty else { return left + title }
            return left + title.padding(toLength: max(titleWidth, title.count), withPad: " ", startingAt: 0) + "  " + duration
        }
    }
}
