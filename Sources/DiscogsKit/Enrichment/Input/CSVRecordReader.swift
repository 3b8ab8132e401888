/// Splits RFC 4180 CSV text into records: quoted fields may hold commas, doubled quotes and line
/// breaks; CRLF and LF line ends are both accepted. Each record carries the line it starts on.
///
/// ```swift
/// let records = try CSVRecordReader.records(in: "artist,title\n\"A, B\",\"Say \"\"Hi\"\"\"\n")
/// records[1].fields // ["A, B", "Say \"Hi\""]
/// ```
public enum CSVRecordReader {
    /// One record and the 1-based line it starts on.
    public struct Record: Sendable, Hashable {
        /// The line the record starts on.
        public var line: Int
        /// The fields.
        public var fields: [String]
    }

    /// A record the reader cannot split.
    public struct MalformedRecord: Error, Sendable, Hashable, CustomStringConvertible {
        /// The line the record starts on.
        public var line: Int
        /// What is wrong.
        public var reason: String
        /// `line N: reason`.
        public var description: String { "line \(line): \(reason)" }
    }

    /// Every record of `text`; blank lines are skipped.
    /// - Throws: ``MalformedRecord`` for a quote that is never closed.
    public static func records(in text: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var line = 1
        var recordLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
        }

        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            case ",":
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            case "\r":
                if pending == "\n" { pending = iterator.next() }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            throw MalformedRecord(line: recordLine, reason: "a quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}
