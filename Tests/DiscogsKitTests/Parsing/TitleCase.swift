import DiscogsKit
import Testing

/// One labelled row of the title table: what a person reading the title would say.
struct TitleCase: Sendable, CustomTestStringConvertible {
    let title: String
    let base: String
    let versions: [String]
    let isRemix: Bool
    let isLive: Bool
    let remixers: [String]
    let featuring: [String]
    let remixType: String?

    init(_ title: String, base: String, versions: [String] = [], remix: Bool = false, live: Bool = false,
         remixers: [String] = [], featuring: [String] = [], type: String? = nil) {
        self.title = title
        self.base = base
        self.versions = versions
        self.isRemix = remix
        self.isLive = live
        self.remixers = remixers
        self.featuring = featuring
        self.remixType = type
    }

    var testDescription: String { title }

    /// Checks `parsed` against the row.
    func check(_ parsed: ParsedTitle) {
        #expect(parsed.baseTitle == base, "base title of \(title)")
        #expect(parsed.versions == versions, "versions of \(title)")
        #expect(parsed.isRemix == isRemix, "isRemix of \(title)")
        #expect(parsed.isLive == isLive, "isLive of \(title)")
        #expect(parsed.remixers == remixers, "remixers of \(title)")
        #expect(parsed.featuring == featuring, "featuring of \(title)")
        #expect(parsed.remixType == remixType, "remixType of \(title)")
    }
}
