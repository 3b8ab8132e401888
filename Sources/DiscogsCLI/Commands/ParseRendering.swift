import DiscogsKit
import Foundation

/// The JSON lines of the richer `parse` kinds.
enum ParseRendering {
    static func title(_ value: String) -> String {
        let title = TrackTitleParser.parse(value)
        var json = JSONLineBuilder()
        json.field("input", value)
        json.field("base_title", title.baseTitle)
        json.field("versions", title.versions)
        json.field("is_remix", title.isRemix)
        json.field("is_live", title.isLive)
        json.field("remixers", title.remixers)
        json.field("featuring", title.featuring)
        json.field("remix_type", title.remixType)
        json.field("subtitles", title.subtitles)
        return json.line
    }

    static func position(_ value: String, formatQuantity: Int?) -> String {
        var position = PositionParser.parse(value)
        if let formatQuantity { position = position.resolved(formatQuantity: formatQuantity) }
        var json = JSONLineBuilder()
        json.field("input", value)
        json.field("form", position.form.rawValue)
        json.field("medium", position.medium)
        json.field("side", position.side)
        json.field("disc", position.disc)
        json.field("track", position.track)
        json.field("subtrack", position.subtrack)
        json.object("dotted", position.dotted.map { dotted in
            { json in
                json.field("major", dotted.major)
                json.field("minor", dotted.minor)
                json.field("suffix", dotted.suffix)
            }
        })
        return json.line
    }

    static func tracks(_ value: String, parser: CreditRangeParser) -> String {
        let range = parser.resolve(value)
        var json = JSONLineBuilder()
        json.field("input", value)
        json.field("positions", range.positions)
        json.field("whole_release", range.appliesToWholeRelease)
        json.field("unresolved", range.issues.map(\.part))
        json.field("issues", range.issues.map(\.description))
        return json.line
    }

    /// The credit line, and an error message when `value` is not a JSON array of credits.
    static func credit(_ value: String) -> (String, String?) {
        var json = JSONLineBuilder()
        json.field("input", value)
        let credits: [ArtistCreditName]
        if value.allSatisfy(\.isWhitespace) {
            credits = []
        } else {
            do {
                credits = try JSONDecoder().decode([ArtistCreditName].self, from: Data(value.utf8))
            } catch {
                let message = "not a JSON array of artist credits ({\"name\", \"anv\", \"join\", \"id\"}): \(describe(error))"
                json.field("display", nil as String?)
                json.field("names", [])
                json.field("featured", [])
                json.field("is_various", false)
                json.field("error", message)
                return (json.line, message)
            }
        }
        json.field("display", ArtistCreditFormatter.displayString(for: credits))
        json.field("names", ArtistCreditFormatter.names(of: credits))
        json.field("featured", ArtistCreditFormatter.featuredNames(of: credits))
        json.field("is_various", ArtistCreditFormatter.isVarious(credits))
        return (json.line, nil)
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "invalid JSON." }
        switch error {
        case .keyNotFound(let key, let context):
            return "element \(path(context.codingPath)) has no “\(key.stringValue)”."
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)) has the wrong type."
        case .dataCorrupted:
            return "invalid JSON."
        @unknown default:
            return "invalid JSON."
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "the value" : codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
