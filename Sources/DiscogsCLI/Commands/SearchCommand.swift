import DiscogsKit
import Foundation

/// `discogs search`.
enum SearchCommand {
    /// The search fields as options, with their `SearchQuery` key paths.
    static var fields: [(option: String, keyPath: WritableKeyPath<SearchQuery, String?>, help: String)] { [
        ("title", \.title, "Combined “Artist - Release Title” field."),
        ("release-title", \.releaseTitle, "Release title."),
        ("credit", \.credit, "A release credit."),
        ("artist", \.artist, "Artist name."),
        ("anv", \.anv, "Artist name variation."),
        ("label", \.label, "Label name."),
        ("genre", \.genre, "Genre."),
        ("style", \.style, "Style."),
        ("country", \.country, "Release country."),
        ("year", \.year, "Release year."),
        ("search-format", \.format, "Format, e.g. Vinyl or album (--format chooses the output)."),
        ("catno", \.catno, "Catalogue number."),
        ("barcode", \.barcode, "Barcode."),
        ("track", \.track, "Track title."),
        ("submitter", \.submitter, "Submitter's username."),
        ("contributor", \.contributor, "Contributor's username."),
    ] }

    static let command = Command(
        name: "search",
        abstract: "Search the Discogs database (needs a token).",
        usage: "[QUERY] [--artist A] [--title T] [--track T] [--label L] [--catno C] [--type TYPE] [--year Y] … [--page N] [--per-page N] [--all [--limit N]]",
        discussion: """
        EXAMPLES:
          discogs search "amelie lens" --type artist
          discogs search --artist "Amelie Lens" --track "Feel It" --format jsonl
          discogs search --label Tresor --year 1993 --all --limit 300 --format csv
        """,
        options: [OutputFormat.spec(), .option("type", "TYPE", "release, master, artist or label.")]
            + fields.map { .option($0.option, "TEXT", $0.help) }
            + ListOptions.specs + ClientSession.specs
    ) { arguments, context in
        var query = SearchQuery(arguments.positionals.isEmpty ? nil : arguments.positionals.joined(separator: " "))
        query.type = try ListOptions.choice(arguments, "type", SearchQuery.ItemType.self)
        for field in fields {
            if let value = arguments.value(field.option) { query[keyPath: field.keyPath] = value }
        }
        guard !query.isEmpty else {
            throw UsageError("give a query or at least one field such as --artist or --track.")
        }
        return try await ClientSession.run(arguments, context: context) { session in
            try await ListOptions.run(arguments, context: context, endpoint: .search(query), session: session,
                                      as: SearchResult.self)
        }
    }
}
