import DiscogsKit
import Foundation

/// The options and the runner of paginated lists (search, versions, artist and label releases).
enum ListOptions {
    static let specs: [OptionSpec] = [
        .option("page", "N", "Page number (default 1)."),
        .option("per-page", "N", "Items per page, 1–100 (default 100)."),
        .flag("all", "Walk every page (lazily, following the server's pages)."),
        .option("limit", "N", "With --all: stop after N items."),
    ]

    /// The one ID a list needs.
    static func singleID(_ arguments: ParsedArguments, kind: String) throws -> Int {
        guard arguments.positionals.count == 1, arguments.value("ids-file") == nil else {
            throw UsageError("a \(kind)'s list takes exactly one \(kind) ID.")
        }
        guard let id = IDListReader.parseID(arguments.positionals[0]) else {
            throw UsageError("“\(arguments.positionals[0])” is not a Discogs ID (a positive whole number).")
        }
        return id
    }

    /// An enum option such as `--sort year`.
    static func choice<T: RawRepresentable & CaseIterable>(_ arguments: ParsedArguments, _ name: String,
                                                           _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let text = arguments.value(name) else { return nil }
        guard let value = T(rawValue: text.lowercased()) else {
            throw UsageError("--\(name) takes one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), not “\(text)”.")
        }
        return value
    }

    /// Fetches one page, or walks every page with `--all`, and prints the items.
    static func run<Item: PageItem & TableRow>(_ arguments: ParsedArguments, context: CLIContext, endpoint: Endpoint,
                                                session: ClientSession, as type: Item.Type) async throws -> ExitCode {
        let client = session.client
        let statistics = session.statistics
        let perPage = try arguments.int("per-page", in: 1...PageRequest.maximumPerPage) ?? PageRequest.maximumPerPage
        let printer = ListPrinter<Item>(format: try OutputFormat.from(arguments, default: nil), out: context.out)
        if arguments.flag("all") {
            if arguments.value("page") != nil { throw UsageError("--page and --all cannot be used together.") }
            let limit = try arguments.int("limit", in: 1...Int.max)
            let progress = ProgressLine(err: context.err, statistics: statistics, unit: "items")
            printer.begin()
            for try await page in PageSequence<Item>(client: client, endpoint: endpoint, perPage: perPage,
                                                     maxItems: limit).pages {
                var items = page.items
                if let limit { items = Array(items.prefix(max(0, limit - printed(printer)))) }
                try printer.add(items)
                let total = min(limit ?? Int.max, page.pagination.items)
                progress.update(done: min(printed(printer), total), total: total,
                                detail: "page \(page.pagination.page) of \(page.pagination.pages)")
                if let limit, printed(printer) >= limit { break }
            }
            progress.finish()
            printer.end()
            return .success
        }
        if arguments.value("limit") != nil { throw UsageError("--limit goes with --all.") }
        let page = try await client.decode(Page<Item>.self, from: endpoint.withPage(
            PageRequest(page: try arguments.int("page", in: 1...Int.max) ?? 1, perPage: perPage).validated()))
        if printer.format == .json {
            context.out.line(try JSONText.pretty(page))
            return .success
        }
        printer.begin()
        try printer.add(page.items)
        let p = page.pagination
        printer.end(footer: "Page \(p.page) of \(p.pages) (\(p.items) items in all).")
        return .success
    }

    private static func printed<Item>(_ printer: ListPrinter<Item>) -> Int { printer.printedCount }
}
