import DiscogsKit
import Foundation

/// A list item the summary format can show as a table row.
protocol TableRow: CSVRecord, Sendable {
    /// The column titles.
    static var tableHeader: [String] { get }
    /// This item's cells.
    var tableCells: [String] { get }
}

/// Prints a list of items in the chosen format as they arrive.
final class ListPrinter<Item: TableRow> {
    let format: OutputFormat
    let out: OutputStream
    private var rows: [[String]] = []
    private let csv = CSVTable(for: Item.self)
    private var count = 0

    init(format: OutputFormat, out: OutputStream) {
        self.format = format
        self.out = out
    }

    /// How many items were printed so far.
    var printedCount: Int { format == .summary ? rows.count : count }

    /// Starts the output (the opening bracket of a JSON array, the CSV header).
    func begin() {
        switch format {
        case .json: out.write("[")
        case .csv: out.write(csv.header)
        default: break
        }
    }

    /// Prints a batch (one page).
    func add(_ items: [Item]) throws {
        switch format {
        case .summary:
            rows.append(contentsOf: items.map(\.tableCells))
        case .json:
            for item in items {
                out.write((count == 0 ? "\n" : ",\n") + (try JSONText.line(item)))
                count += 1
            }
        case .jsonl:
            for item in items { out.line(try JSONText.line(item)) }
        case .csv:
            for item in items { out.write(try csv.line(item)) }
        }
        if format != .json { count += items.count }
    }

    /// Ends the output (the table, or the closing bracket) and returns how many items it held.
    @discardableResult
    func end(footer: String? = nil) -> Int {
        switch format {
        case .summary:
            if rows.isEmpty {
                out.line("No results.")
            } else {
                out.write(TerminalRenderer.table(header: Item.tableHeader, rows: rows))
                if let footer { out.line(footer) }
            }
            return rows.count
        case .json:
            out.write(count == 0 ? "]\n" : "\n]\n")
        default:
            break
        }
        return count
    }
}

extension SearchResult: TableRow {
    static var tableHeader: [String] { ["ID", "TYPE", "YEAR", "LABEL", "CATNO", "TITLE"] }
    var tableCells: [String] {
        [String(id), type?.rawValue ?? "", year.map(String.init) ?? "", label.first ?? "", catalogNumber ?? "", title]
    }
}

extension MasterVersion: TableRow {
    static var tableHeader: [String] { ["ID", "RELEASED", "COUNTRY", "LABEL", "CATNO", "FORMAT", "TITLE"] }
    var tableCells: [String] {
        [String(id), released ?? "", country ?? "", label ?? "", catalogNumber ?? "", format ?? "", title]
    }
}

extension ArtistRelease: TableRow {
    static var tableHeader: [String] { ["ID", "TYPE", "ROLE", "YEAR", "ARTIST", "TITLE"] }
    var tableCells: [String] {
        [String(id), type?.rawValue ?? "", role ?? "", year.map(String.init) ?? "", artist ?? "", title]
    }
}

extension LabelRelease: TableRow {
    static var tableHeader: [String] { ["ID", "CATNO", "YEAR", "ARTIST", "TITLE"] }
    var tableCells: [String] {
        [String(id), catalogNumber ?? "", year.map(String.init) ?? "", artist ?? "", title]
    }
}
