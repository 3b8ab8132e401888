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

    /// One record, or a stretch of text that is not one.
    public enum Entry: Sendable, Hashable {
        /// A record.
        case record(Record)
        /// Malformed quoting, reported at the line the record starts on.
        case malformed(MalformedRecord)

        /// The line the entry starts on.
        public var line: Int {
            switch self {
            case .record(let record): return record.line
            case .malformed(let error): return error.line
            }
        }
    }

    /// Every record of `text`; blank lines are skipped.
    /// - Throws: the first ``MalformedRecord`` of ``entries(in:)``.
    public static func records(in text: String) throws -> [Record] {
        try entries(in: text).map { entry in
            switch entry {
            case .record(let record): return record
            case .malformed(let error): throw error
            }
        }
    }

    /// Every record of `text`, and every stretch that is not one, in order; blank lines are
    /// skipped. Malformed quoting spoils only its record:
    /// - text after a closing quote (`"A"B`: a quote inside a quoted field must be doubled) makes
    ///   that record malformed, and reading goes on with the next line;
    /// - a quote never closed is reported at the line it opened, naming the lines it took in,
    ///   and reading starts again on the line after it, so the rows it swallowed are read.
    public static func entries(in text: String) -> [Entry] {
        let scalars = Array(text.unicodeScalars)
        var entries: [Entry] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var afterClosingQuote = false
        var problem: String?
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        // lineStarts[n - 1] is the index where line n starts.
        var lineStarts = [0]
        var index = 0

        func reset() {
            fields = []
            field = ""
            fieldWasQuoted = false
            afterClosingQuote = false
            problem = nil
        }

        func endRecord() {
            fields.append(field)
            if let problem {
                entries.append(.malformed(MalformedRecord(line: recordLine, reason: problem)))
            } else if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                entries.append(.record(Record(line: recordLine, fields: fields)))
            }
            reset()
        }

        func newLine() {
            line += 1
            if lineStarts.count < line { lineStarts.append(index) }
        }

        while true {
            guard index < scalars.count else {
                guard inQuotes else { break }
                // Never closed: report it where it opened and read on from the next line.
                let last = scalars.last == "\n" || scalars.last == "\r" ? line - 1 : line
                let through = last > quoteLine ? "; it took in lines \(quoteLine)–\(last)" : ""
                entries.append(.malformed(MalformedRecord(
                    line: recordLine, reason: "a quote opened on line \(quoteLine) is never closed\(through)")))
                inQuotes = false
                reset()
                line = quoteLine + 1
                recordLine = line
                guard line - 1 < lineStarts.count else { break }
                index = lineStarts[line - 1]
                continue
            }
            let scalar = scalars[index]
            index += 1
            let next: Unicode.Scalar? = index < scalars.count ? scalars[index] : nil
            if inQuotes {
                if scalar == "\"" {
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else {
                    if scalar == "\n" { newLine() }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            if afterClosingQuote, scalar != ",", scalar != "\r", scalar != "\n" {
                problem = problem ?? "text after the closing quote of a field (a quote inside a quoted field is written twice: \"\")"
            }
            afterClosingQuote = false
            switch scalar {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            case ",":
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            case "\r", "\n":
                if scalar == "\r", next == "\n" { index += 1 }
                endRecord()
                newLine()
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted || problem != nil { endRecord() }
        return entries
    }
}
