import DiscogsKit
import Foundation

/// `discogs release`, `master`, `artist` and `label`.
enum LookupCommands {
    static let release = Command(
        name: "release",
        abstract: "Show releases by ID (many at once, concurrently, with --ids-file).",
        usage: "ID [ID …] [--ids-file FILE] [--format summary|json|jsonl] [--items [--format jsonl|json|csv|sql]]",
        discussion: """
        EXAMPLES:
          discogs release 249504
          discogs release 249504 1 --format jsonl
          discogs release --ids-file ids.txt --concurrency 4 > releases.jsonl
          discogs release 3151795 --items --format csv
        """,
        options: [OutputFormat.spec(OutputFormat.single, note: "csv works with --items"), .option("currency", "CODE", "Currency of the lowest price (USD, EUR, GBP, …)."),
                  .flag("items", "Print the SongNodes items extracted from the release instead of the release.")]
            + ResourceLookup<Release>.bulkOptions + ClientSession.specs
    ) { arguments, context in
        try await ClientSession.run(arguments, context: context) { session in
            if arguments.flag("items") {
                return try await ItemsOutput.run(arguments, context: context, session: session)
            }
            let currency = arguments.value("currency").map { Currency(rawValue: $0.uppercased()) }
            return try await ResourceLookup<Release>(
                kind: "release",
                fetch: { client, id in try await client.release(id, currency: currency) },
                summary: { TerminalRenderer.render($0) }, formatNote: "csv works with --items"
            ).run(arguments, context: context, session: session)
        }
    }

    static let master = Command(
        name: "master",
        abstract: "Show master releases by ID, or a master's versions.",
        usage: "ID [ID …] [--versions [--page N] [--per-page N] [--all [--limit N]] [filters]] [--format FORMAT]",
        discussion: """
        EXAMPLES:
          discogs master 1187343
          discogs master 1187343 --versions --country UK --sort released --format csv
        """,
        options: [OutputFormat.spec(OutputFormat.single, note: "csv works with --versions"), .flag("versions", "List the master's versions."),
                  .option("filter-format", "FORMAT", "Versions: only this format (e.g. Vinyl)."),
                  .option("filter-label", "LABEL", "Versions: only this label."),
                  .option("released", "YEAR", "Versions: only this release year."),
                  .option("country", "COUNTRY", "Versions: only this country."),
                  .option("sort", "KEY", "Versions: released, title, format, label, catno or country."),
                  .option("sort-order", "ORDER", "asc or desc.")]
            + ListOptions.specs + ResourceLookup<Master>.bulkOptions + ClientSession.specs
    ) { arguments, context in
        try await ClientSession.run(arguments, context: context) { session in
            guard arguments.flag("versions") else {
                return try await ResourceLookup<Master>(
                    kind: "master", fetch: { client, id in try await client.master(id) },
                    summary: { TerminalRenderer.render($0) }, formatNote: "csv works with --versions"
                ).run(arguments, context: context, session: session)
            }
            let id = try ListOptions.singleID(arguments, kind: "master")
            let filter = MasterVersionFilter(
                format: arguments.value("filter-format"), label: arguments.value("filter-label"),
                released: arguments.value("released"), country: arguments.value("country"),
                sort: try ListOptions.choice(arguments, "sort", MasterVersionSort.self),
                sortOrder: try ListOptions.choice(arguments, "sort-order", SortOrder.self))
            return try await ListOptions.run(arguments, context: context,
                                              endpoint: .masterVersions(id, filter: filter),
                                              session: session, as: MasterVersion.self)
        }
    }

    static let artist = Command(
        name: "artist",
        abstract: "Show artists by ID, or an artist's releases.",
        usage: "ID [ID …] [--releases [--sort year|title|format] [--sort-order asc|desc] [--page N] [--per-page N] [--all [--limit N]]]",
        discussion: """
        EXAMPLES:
          discogs artist 23755
          discogs artist 23755 --releases --sort year --all --limit 200 --format jsonl
        """,
        options: [OutputFormat.spec(OutputFormat.single, note: "csv works with --releases"), .flag("releases", "List the artist's releases and masters."),
                  .option("sort", "KEY", "Releases: year, title or format."),
                  .option("sort-order", "ORDER", "asc or desc.")]
            + ListOptions.specs + ResourceLookup<Artist>.bulkOptions + ClientSession.specs
    ) { arguments, context in
        try await ClientSession.run(arguments, context: context) { session in
            guard arguments.flag("releases") else {
                return try await ResourceLookup<Artist>(
                    kind: "artist", fetch: { client, id in try await client.artist(id) },
                    summary: { TerminalRenderer.render($0) }, formatNote: "csv works with --releases"
                ).run(arguments, context: context, session: session)
            }
            let id = try ListOptions.singleID(arguments, kind: "artist")
            let endpoint = Endpoint.artistReleases(
                id, sort: try ListOptions.choice(arguments, "sort", ArtistReleaseSort.self),
                sortOrder: try ListOptions.choice(arguments, "sort-order", SortOrder.self))
            return try await ListOptions.run(arguments, context: context, endpoint: endpoint,
                                              session: session, as: ArtistRelease.self)
        }
    }

    static let label = Command(
        name: "label",
        abstract: "Show labels by ID, or a label's releases.",
        usage: "ID [ID …] [--releases [--page N] [--per-page N] [--all [--limit N]]]",
        discussion: """
        EXAMPLES:
          discogs label 1
          discogs label 1 --releases --all --format csv > planet-e.csv
        """,
        options: [OutputFormat.spec(OutputFormat.single, note: "csv works with --releases"), .flag("releases", "List the label's releases.")]
            + ListOptions.specs + ResourceLookup<Label>.bulkOptions + ClientSession.specs
    ) { arguments, context in
        try await ClientSession.run(arguments, context: context) { session in
            guard arguments.flag("releases") else {
                return try await ResourceLookup<Label>(
                    kind: "label", fetch: { client, id in try await client.label(id) },
                    summary: { TerminalRenderer.render($0) }, formatNote: "csv works with --releases"
                ).run(arguments, context: context, session: session)
            }
            let id = try ListOptions.singleID(arguments, kind: "label")
            return try await ListOptions.run(arguments, context: context, endpoint: .labelReleases(id),
                                              session: session, as: LabelRelease.self)
        }
    }
}
