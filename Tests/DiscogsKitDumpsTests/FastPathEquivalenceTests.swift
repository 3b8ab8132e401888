@testable import DiscogsKit
import DiscogsKitDumps
import Foundation
import Testing

/// Extraction's fast paths (ASCII and Latin folding, the whitespace trim, position keys) give
/// exactly what the general code gives: on written edge cases, and on every title, name, role and
/// position of the real dump samples when they are beside the package.
struct FastPathEquivalenceTests {
    static let written = [
        "", " ", "\t\n", "Rødhåd & Dax J (2)", "Don't Stop 'Til", "MC's", "A ft. B", "featuring", "'quoted'",
        "Ærøskøbing", "Ÿ¨", "ǅemal", "Łódź", "½ Mile", "Café\u{301}", "  spaced\u{00A0}", "\u{2003}em\u{2003}",
        "x\u{2028}", "\u{85}next", "1-01.", "A1 ", "CD 2-3", "Ⅻ", "ﬁne", "日本語 Mix", "TRACK+ONE&TWO", "`tick`",
    ]

    static func expectSame(_ text: String) {
        for keeping in [false, true] {
            #expect(TextNormalizer.normalize(text, keepingApostrophes: keeping)
                    == TextNormalizer.normalizeReference(text, keepingApostrophes: keeping), "normalize “\(text)”")
        }
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces), "trim “\(text)”")
        #expect(text.trimmingWhitespace(newlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "trim with newlines “\(text)”")
        #expect(CreditRangeParser.normalized(text) == CreditRangeParser.normalizedReference(text), "position “\(text)”")
    }

    @Test(arguments: written)
    func writtenCasesAgree(text: String) {
        Self.expectSame(text)
    }

    @Test(.enabled(if: DumpSamples.isAvailable, "needs ../shared/fixtures/dumps beside the package"))
    func everyTextOfTheSamplesAgrees() throws {
        var texts = Set<String>()
        var releases = try DumpReader.releases(path: DumpSamples.path("releases"))
        while let release = try releases.next() {
            texts.insert(release.title)
            for credit in release.allArtistCredits {
                texts.formUnion([credit.name, credit.anv ?? "", credit.role ?? "", credit.tracks ?? "", credit.join ?? ""])
            }
            for track in release.tracklist + release.tracklist.flatMap(\.subTracks) {
                texts.formUnion([track.title, track.position ?? "", track.duration ?? ""])
            }
            texts.formUnion(release.labels.map(\.name) + release.labels.compactMap(\.catalogNumber))
        }
        var artists = try DumpReader.artists(path: DumpSamples.path("artists"))
        while let artist = try artists.next() { texts.insert(artist.name) }
        #expect(texts.count > 10_000)
        for text in texts { Self.expectSame(text) }
    }
}
