/// Builds display names from Discogs artist credits the way Discogs shows them.
///
/// - A name's disambiguation suffix is dropped: `"Aphex Twin (2)"` → `"Aphex Twin"`.
/// - The artist name variation (ANV) is preferred when present.
/// - Names are glued with their join phrases as the data writes them: `","` and `";"` attach
///   to the name before (`"A, B"`), every other phrase gets a space on each side (`"A & B"`,
///   `"A Feat. B"`, `"A vs B"`, `"A – B"`, `"A / B"`). Surrounding spaces in a join (`" Feat."`)
///   are trimmed. A missing join between two artists reads as `", "`; the last artist's join is
///   ignored.
/// - "Various" (artist id 194) is recognised and shown as `"Various"`.
///
/// | credits (name / anv / join) | display |
/// |---|---|
/// | Josh Wink / — / `&`, Lil' Louis / Lil Louis / — | `Josh Wink & Lil Louis` |
/// | Al Storm / — / `,`, Technikore & JTS / — / — | `Al Storm, Technikore & JTS` |
/// | Quik (2) / — / ` Feat.`, Charlotte (3) / — / — | `Quik Feat. Charlotte` |
/// | Black & White (15) / — / `Vs.`, Intraspekt / — / `&`, Outsider (14) | `Black & White Vs. Intraspekt & Outsider` |
///
/// ### Use
/// ```swift
/// let credits = [ArtistCreditName(name: "Al Storm", join: "Feat."), ArtistCreditName(name: "Taya (3)")]
/// ArtistCreditFormatter.displayString(for: credits)  // "Al Storm Feat. Taya"
/// ```
public enum ArtistCreditFormatter: Sendable {
    /// The Discogs artist id of "Various" (compilations).
    public static let variousArtistID = 194

    /// The display string of a credit list: `"A & B"`, `"A, B"`, `"A Feat. B"`.
    ///
    /// ```swift
    /// ArtistCreditFormatter.displayString(for: [ArtistCreditName(name: "Various", id: 194)])  // "Various"
    /// ```
    /// - Parameter credits: The credits in Discogs order.
    /// - Returns: The joined names; `""` for no credits.
    public static func displayString<Credit: ArtistCreditNaming>(for credits: [Credit]) -> String {
        var text = ""
        for (index, credit) in credits.enumerated() {
            text += displayName(of: credit)
            guard index < credits.count - 1 else { break }
            text += joiner(credit.join ?? "")
        }
        return text
    }

    /// The display name of each credit, in order (suffix dropped, ANV preferred).
    ///
    /// ```swift
    /// ArtistCreditFormatter.names(of: [ArtistCreditName(name: "Sy & Unknown", join: "Feat."),
    ///                                  ArtistCreditName(name: "Lou Lou (2)")])  // ["Sy & Unknown", "Lou Lou"]
    /// ```
    /// - Parameter credits: The credits in Discogs order.
    /// - Returns: One name per credit.
    public static func names<Credit: ArtistCreditNaming>(of credits: [Credit]) -> [String] {
        credits.map { displayName(of: $0) }
    }

    /// The display names of the artists a featuring phrase (`Feat.`, `Featuring`, `Ft.`)
    /// introduces, and of every artist after them.
    ///
    /// ```swift
    /// ArtistCreditFormatter.featuredNames(of: [ArtistCreditName(name: "Delerium", join: "Featuring"),
    ///                                          ArtistCreditName(name: "Sarah McLachlan")])  // ["Sarah McLachlan"]
    /// ```
    /// - Parameter credits: The credits in Discogs order.
    /// - Returns: The featured artists' names, or `[]`.
    public static func featuredNames<Credit: ArtistCreditNaming>(of credits: [Credit]) -> [String] {
        guard let first = credits.firstIndex(where: { isFeaturing($0.join ?? "") }) else { return [] }
        return credits[(first + 1)...].map { displayName(of: $0) }
    }

    /// Whether the credits are Discogs' "Various" artist (id 194, or the name "Various" without an id).
    ///
    /// ```swift
    /// ArtistCreditFormatter.isVarious([ArtistCreditName(name: "Various", id: 194)])  // true
    /// ```
    public static func isVarious<Credit: ArtistCreditNaming>(_ credits: [Credit]) -> Bool {
        credits.count == 1 && isVarious(credits[0])
    }

    /// The display name of one credit: `"Various"` for id 194, else the ANV when present, else
    /// the name without its disambiguation suffix.
    ///
    /// ```swift
    /// ArtistCreditFormatter.displayName(of: ArtistCreditName(name: "DJ Breeze", anv: "Breeze"))  // "Breeze"
    /// ```
    public static func displayName(of credit: some ArtistCreditNaming) -> String {
        if isVarious(credit) { return "Various" }
        let anv = (credit.anv ?? "").trimmingWhitespace()
        if !anv.isEmpty { return anv }
        return strippingDisambiguation(credit.name.trimmingWhitespace())
    }

    /// `name` without a trailing disambiguation suffix ` (n)`: `"Aphex Twin (2)"` → `"Aphex Twin"`.
    /// Other parentheses stay: `"Sunn O)))"`, `"Love (Band)"`, `"(2)"`.
    ///
    /// ```swift
    /// ArtistCreditFormatter.strippingDisambiguation("Antidote (4)")  // "Antidote"
    /// ```
    public static func strippingDisambiguation(_ name: String) -> String {
        let bytes = Array(name.utf8)
        var end = bytes.count
        guard end >= 4, bytes[end - 1] == UInt8(ascii: ")") else { return name }
        end -= 1
        var digits = end
        while digits > 0, ASCII.isDigit(bytes[digits - 1]) { digits -= 1 }
        guard digits < end, digits >= 2, bytes[digits - 1] == UInt8(ascii: "("),
              bytes[digits - 2] == ASCII.space, digits - 2 > 0
        else { return name }
        return ASCII.string(bytes, 0..<digits - 2)
    }

    // MARK: - Joins

    private static func isVarious(_ credit: some ArtistCreditNaming) -> Bool {
        credit.id == variousArtistID || ((credit.id ?? 0) == 0 && credit.name.trimmingWhitespace() == "Various")
    }

    private static func joiner(_ join: String) -> String {
        let phrase = join.trimmingWhitespace()
        if phrase.isEmpty { return ", " }
        if phrase == "," || phrase == ";" { return phrase + " " }
        return " " + phrase + " "
    }

    private static func isFeaturing(_ join: String) -> Bool {
        switch join.trimmingWhitespace().lowercased() {
        case "feat.", "feat", "featuring", "ft.", "ft": true
        default: false
        }
    }
}

extension String {
    /// The string without leading and trailing white space (Foundation-free).
    fileprivate func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
