import Foundation

/// Reads a list of targets: CSV with a header row, a JSON array, or JSON Lines of objects.
///
/// Recognised keys (case-insensitive): `artist` / `artist_name`; `title` / `track_name` /
/// `track_title` / `track`; `label` / `record_label`; `catno` / `catalog_number` /
/// `catalogue_number`; `duration` (`M:SS`, `H:MM:SS` or seconds) / `duration_ms`; `year`.
/// A row without an artist or a title, or with a malformed duration or year, is reported with
/// its line (or, in a JSON array, element) number and skipped; the other rows are read.
///
/// ```swift
/// let rows = try TargetListReader.rows(in: "artist,title\nAmelie Lens,Feel It\n,No Artist\n")
/// // [.target(Amelie Lens – Feel It, row 2), .bad(row 3: no artist)]
/// ```
public enum TargetListReader {
    /// One row of the list.
    public enum Row: Sendable, Hashable {
        /// A readable target.
        case target(EnrichmentTarget)
        /// A row that could not be read.
        case bad(TargetRowError)

        /// The row's line (or element) number.
        public var row: Int {
            switch self {
            case .target(let target): return target.row
            case .bad(let error): return error.row
            }
        }
    }

    /// The rows of `text`, in order.
    /// - Throws: ``TargetRowError`` when the list as a whole cannot be read (a JSON array that
    ///   does not parse, CSV without the `artist` and `title` columns).
    public static func rows(in text: String) throws -> [Row] {
        try rows(in: DecodedText(text: text))
    }

    /// The rows of a file's bytes, in order: a leading byte-order mark is dropped, and a line
    /// that is not UTF-8 spoils only its own row (reported with the line and the bad byte).
    /// - Throws: ``TargetRowError`` when the list as a whole cannot be read (a JSON array that
    ///   does not parse or holds bytes that are not UTF-8, CSV without the `artist` and `title`
    ///   columns).
    public static func rows(in data: Data) throws -> [Row] {
        try rows(in: DecodedText(data))
    }

    static func rows(in decoded: DecodedText) throws -> [Row] {
        let text = decoded.text.hasPrefix("\u{FEFF}") ? String(decoded.text.dropFirst()) : decoded.text
        let start = text.drop { $0.isWhitespace }
        if start.hasPrefix("[") {
            if let (line, problem) = decoded.firstProblem(in: 1..<Int.max) {
                throw TargetRowError(row: line, reason: "the JSON array is \(problem)")
            }
            return try jsonArray(text)
        }
        if start.hasPrefix("{") { return jsonLines(text, decoded: decoded) }
        return try csv(text, decoded: decoded)
    }

    static func csv(_ text: String, decoded: DecodedText) throws -> [Row] {
        let entries = CSVRecordReader.entries(in: text)
        guard let first = entries.first else { return [] }
        if let problem = decoded.problem(onLine: first.line) {
            throw TargetRowError(row: first.line, reason: "the CSV header is \(problem)")
        }
        guard case .record(let header) = first else {
            if case .malformed(let error) = first { throw TargetRowError(row: error.line, reason: "the CSV header: \(error.reason)") }
            return []
        }
        let columns = header.fields.map { $0.trimmingWhitespace().lowercased() }
        guard columns.contains(where: artistKeys.contains), columns.contains(where: titleKeys.contains) else {
            throw TargetRowError(row: header.line, reason: "the CSV header must name an artist column (artist or artist_name) "
                                 + "and a title column (title, track_name or track_title); it has: \(header.fields.joined(separator: ", "))")
        }
        var rows: [Row] = []
        for (position, entry) in entries.enumerated().dropFirst() {
            let end = position + 1 < entries.count ? entries[position + 1].line : Int.max
            if let (line, problem) = decoded.firstProblem(in: entry.line..<max(end, entry.line + 1)) {
                rows.append(.bad(TargetRowError(row: entry.line, reason: line == entry.line ? problem : "line \(line): \(problem)")))
                continue
            }
            switch entry {
            case .malformed(let error):
                rows.append(.bad(TargetRowError(row: error.line, reason: error.reason)))
            case .record(let record):
                if record.fields.count > columns.count {
                    rows.append(.bad(TargetRowError(row: record.line, reason: "\(record.fields.count) fields for \(columns.count) columns")))
                    continue
                }
                var values: [String: String] = [:]
                for (index, field) in record.fields.enumerated() { values[columns[index]] = field }
                rows.append(row(from: values, number: record.line))
            }
        }
        return rows
    }

    static func jsonArray(_ text: String) throws -> [Row] {
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            throw TargetRowError(row: 1, reason: "the JSON array does not parse: \(DecodingErrorText.describe(error))")
        }
        return (value.arrayValue ?? []).enumerated().map { index, element in
            object(element, number: index + 1)
        }
    }

    static func jsonLines(_ text: String, decoded: DecodedText) -> [Row] {
        var rows: [Row] = []
        var number = 0
        for line in TextLines.split(text) {
            number += 1
            guard !line.trimmingWhitespace().isEmpty else { continue }
            if let problem = decoded.problem(onLine: number) {
                rows.append(.bad(TargetRowError(row: number, reason: problem)))
                continue
            }
            guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)) else {
                rows.append(.bad(TargetRowError(row: number, reason: "not a JSON object")))
                continue
            }
            rows.append(object(value, number: number))
        }
        return rows
    }

    static func object(_ value: JSONValue, number: Int) -> Row {
        guard let members = value.objectValue else {
            return .bad(TargetRowError(row: number, reason: "not a JSON object"))
        }
        var values: [String: String] = [:]
        for (key, member) in members {
            switch member {
            case .string(let text): values[key.lowercased()] = text
            case .number: values[key.lowercased()] = member.description
            default: continue
            }
        }
        return row(from: values, number: number)
    }

    static let artistKeys = ["artist", "artist_name"]
    static let titleKeys = ["title", "track_name", "track_title", "track"]

    /// The longest duration a target may give: longer than any DJ mix, and far from overflow.
    static let maximumDurationHours = 100
    static let maximumDurationMilliseconds = maximumDurationHours * 3_600_000

    static func row(from values: [String: String], number: Int) -> Row {
        func first(_ keys: [String]) -> String? {
            for key in keys {
                if let value = values[key]?.trimmingWhitespace(newlines: true), !value.isEmpty { return value }
            }
            return nil
        }
        guard let artist = first(artistKeys) else { return .bad(TargetRowError(row: number, reason: "no artist")) }
        guard let title = first(titleKeys) else { return .bad(TargetRowError(row: number, reason: "no title")) }
        var duration: Int?
        if let ms = first(["duration_ms"]) {
            guard let value = Int(ms), value > 0 else {
                return .bad(TargetRowError(row: number, reason: "duration_ms “\(ms)” is not a positive whole number"))
            }
            guard value <= maximumDurationMilliseconds else {
                return .bad(TargetRowError(row: number, reason: "duration_ms “\(ms)” is longer than \(maximumDurationHours) hours"))
            }
            duration = value
        } else if let text = first(["duration"]) {
            if let seconds = Int(text), seconds > 0 {
                let (ms, overflow) = seconds.multipliedReportingOverflow(by: 1000)
                guard !overflow, ms <= maximumDurationMilliseconds else {
                    return .bad(TargetRowError(row: number, reason: "duration “\(text)” is longer than \(maximumDurationHours) hours"))
                }
                duration = ms
            } else if let ms = DurationParser.milliseconds(from: text) {
                guard ms > 0, ms <= maximumDurationMilliseconds else {
                    return .bad(TargetRowError(row: number, reason: "duration “\(text)” is not between 0:01 and \(maximumDurationHours) hours"))
                }
                duration = ms
            } else {
                return .bad(TargetRowError(row: number, reason: "duration “\(text)” is not M:SS, H:MM:SS or seconds"))
            }
        }
        var year: Int?
        if let text = first(["year"]) {
            guard let value = Int(text), (1800...2200).contains(value) else {
                return .bad(TargetRowError(row: number, reason: "year “\(text)” is not a year"))
            }
            year = value
        }
        return .target(EnrichmentTarget(artist: artist, title: title, label: first(["label", "record_label"]),
                                        catno: first(["catno", "catalog_number", "catalogue_number"]),
                                        durationMilliseconds: duration, year: year, row: number))
    }
}
