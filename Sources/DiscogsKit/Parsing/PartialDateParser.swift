/// A date known to the year, the month or the day, as Discogs writes release dates.
///
/// ```swift
/// let date = PartialDateParser.parse("2019-03-00")
/// date?.year       // 2019
/// date?.month      // 3
/// date?.day        // nil
/// date?.isoString  // "2019-03"
/// ```
public struct PartialDate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How much of a ``PartialDate`` is known.
    public enum Precision: String, Sendable, Hashable, Codable, Comparable {
        /// Only the year.
        case year
        /// The year and the month.
        case month
        /// The full date.
        case day

        /// Coarser precisions sort first: `.year < .month < .day`.
        public static func < (lhs: Precision, rhs: Precision) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .day: 2
            }
        }
    }

    /// The year, 1–9999.
    public let year: Int
    /// The month, 1–12, or `nil` when unknown.
    public let month: Int?
    /// The day of the month, or `nil` when unknown (always `nil` when `month` is).
    public let day: Int?

    /// How much of the date is known.
    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// The ISO 8601 form of the known part: `"2019"`, `"2019-03"` or `"2019-03-05"`.
    public var isoString: String {
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if let day { text += "-" + pad(day, 2) }
        return text
    }

    /// The ISO form, e.g. `"2019-03"`.
    public var description: String { isoString }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Reads Discogs' zero-filled release dates (`released`) into a ``PartialDate``.
///
/// | input | year | month | day | ISO |
/// |---|---|---|---|---|
/// | `"2000-08-13"` | 2000 | 8 | 13 | `2000-08-13` |
/// | `"1987-07-00"` | 1987 | 7 | nil | `1987-07` |
/// | `"1998-00-00"` | 1998 | nil | nil | `1998` |
/// | `"1987"` | 1987 | nil | nil | `1987` |
/// | `""`, `"0000"`, `"1987-7"`, `"1987-13-01"`, `"2019-02-30"`, `"2019-00-05"`, `"30 Sep 2002"` | — | — | — | `nil` |
///
/// Only `YYYY`, `YYYY-MM-DD`, `YYYY-MM-00` and `YYYY-00-00` are accepted (surrounding white
/// space is ignored); a day must exist in its month (leap years included); year 0 means unknown
/// to Discogs and gives `nil`.
///
/// ### Use
/// ```swift
/// PartialDateParser.parse("1987-07-00")?.isoString  // "1987-07"
/// ```
public enum PartialDateParser: Sendable {
    /// The date `text` describes, or `nil` when it is not one of the accepted forms.
    ///
    /// ```swift
    /// PartialDateParser.parse("2019-03-05")?.day  // 5
    /// ```
    /// - Parameter text: A Discogs `released` value.
    /// - Returns: The partial date, or `nil`.
    public static func parse(_ text: String) -> PartialDate? {
        let bytes = Array(text.utf8)
        let range = ASCII.trimmed(bytes)
        let start = range.lowerBound
        switch range.count {
        case 4:
            guard let year = ASCII.integer(bytes, range, maxDigits: 4), year > 0 else { return nil }
            return PartialDate(year: year, month: nil, day: nil)
        case 10:
            guard bytes[start + 4] == ASCII.hyphen, bytes[start + 7] == ASCII.hyphen,
                  let year = ASCII.integer(bytes, start..<start + 4, maxDigits: 4), year > 0,
                  let month = ASCII.integer(bytes, start + 5..<start + 7, maxDigits: 2),
                  let day = ASCII.integer(bytes, start + 8..<start + 10, maxDigits: 2)
            else { return nil }
            if month == 0 {
                return day == 0 ? PartialDate(year: year, month: nil, day: nil) : nil
            }
            guard month <= 12 else { return nil }
            if day == 0 { return PartialDate(year: year, month: month, day: nil) }
            guard day <= daysIn(month: month, year: year) else { return nil }
            return PartialDate(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    /// The number of days in `month` of `year` (Gregorian calendar).
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }
}
