/// A strict RFC 4180 reader for checking CSVSink's output: quoted fields may hold commas,
/// doubled quotes and line breaks; records end with CRLF or LF.
enum CSVTestParser {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty, !fieldWasQuoted else { throw Malformed(description: "quote inside unquoted field \(field)") }
                inQuotes = true
                fieldWasQuoted = true
            case ",":
                record.append(field); field = ""; fieldWasQuoted = false
            case "\r":
                guard scalars.first == "\n" else { throw Malformed(description: "bare CR after \(field)") }
            case "\n":
                record.append(field); records.append(record)
                record = []; field = ""; fieldWasQuoted = false
            default:
                guard !fieldWasQuoted else { throw Malformed(description: "text after closing quote: \(scalar)") }
                field.unicodeScalars.append(scalar)
            }
        }
        guard !inQuotes else { throw Malformed(description: "unterminated quoted field") }
        guard field.isEmpty, record.isEmpty else { throw Malformed(description: "last record has no line end") }
        return records
    }
}
