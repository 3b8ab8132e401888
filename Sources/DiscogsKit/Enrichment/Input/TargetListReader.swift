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
    ///   does not parse, CSV without the `artist` and `title` columns, an unclosed quote).
    public static func rows(in text: String) throws -> [Row] {
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.hasPrefix("[") { return try jsonArray(text) }
        if start.hasPrefix("{") { return jsonLines(text) }
        return try csv(text)
    }

    static func csv(_ text: String) throws -> [Row] {
        let records: [CSVRecordReader.Record]
        do {
            records = try CSVRecordReader.records(in: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch let error as CSVRecordReader.MalformedRecord {
            throw TargetRowError(row: error.line, reason: error.reason)
        }
        guard let header = records.first else { return [] }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard columns.contains(where: artistKeys.contains), columns.contains(where: titleKeys.contains) else {
            throw TargetRowError(row: header.line, reason: "the CSV header must name an artist column (artist or artist_name) "
                                 + "and a title column (title, track_name or track_title); it has: \(header.fields.joined(separator: ", "))")
        }
        return records.dropFirst().map { record in
            if record.fields.count > columns.count {
                return .bad(TargetRowError(row: record.line, reason: "\(record.fields.count) fields for \(columns.count) columns"))
            }
            var values: [String: String] = [:]
            for (index, field) in record.fields.enumerated() { values[columns[index]] = field }
            return row(from: values, number: record.line)
        }
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

    static func jsonLines(_ text: String) -> [Row] {
        var rows: [Row] = []
        var number = 0
        for line in TextLines.split(text) {
            number += 1
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
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
                if let value = values[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty { return value }
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
