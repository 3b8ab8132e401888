import DiscogsKit
import Foundation
import Testing

@Suite("Artist credit formatter")
struct ArtistCreditFormatterTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let credits: [ArtistCreditName]
        let display: String
        let names: [String]
        var testDescription: String { display }
    }

    private static func credit(_ name: String, _ anv: String = "", _ join: String = "", id: Int = 1) -> ArtistCreditName {
        ArtistCreditName(name: name, anv: anv, join: join, id: id)
    }

    /// Credits as the recorded releases write them.
    static let rows: [Row] = [
        Row(credits: [credit("Josh Wink", "", "&"), credit("Lil' Louis", "Lil Louis")],
            display: "Josh Wink & Lil Louis", names: ["Josh Wink", "Lil Louis"]),
        Row(credits: [credit("Al Storm", "", ","), credit("Technikore & JTS")],
            display: "Al Storm, Technikore & JTS", names: ["Al Storm", "Technikore & JTS"]),
        Row(credits: [credit("Darren Styles", "", "Feat."), credit("Wayne G")],
            display: "Darren Styles Feat. Wayne G", names: ["Darren Styles", "Wayne G"]),
        Row(credits: [credit("Quik (2)", "", " Feat."), credit("Charlotte (3)")],
            display: "Quik Feat. Charlotte", names: ["Quik", "Charlotte"]),
        Row(credits: [credit("Black & White (15)", "", "Vs."), credit("Intraspekt", "", "&"), credit("Outsider (14)")],
            display: "Black & White Vs. Intraspekt & Outsider", names: ["Black & White", "Intraspekt", "Outsider"]),
        Row(credits: [credit("DJ Breeze", "Breeze", "vs."), credit("Lost Witness")],
            display: "Breeze vs. Lost Witness", names: ["Breeze", "Lost Witness"]),
        Row(credits: [credit("Force Mass Motion", "", "vs"), credit("Dylan Rhymes")],
            display: "Force Mass Motion vs Dylan Rhymes", names: ["Force Mass Motion", "Dylan Rhymes"]),
        Row(credits: [credit("Maurice Ravel", "Ravel", "–"), credit("Charles Munch", "", ","), credit("Orchestre De Paris")],
            display: "Ravel – Charles Munch, Orchestre De Paris", names: ["Ravel", "Charles Munch", "Orchestre De Paris"]),
        Row(credits: [credit("Frédéric Chopin", "Chopin", "/"), credit("Daniel Barenboim")],
            display: "Chopin / Daniel Barenboim", names: ["Chopin", "Daniel Barenboim"]),
        Row(credits: [credit("ATFC", "A.T.F.C.", "Presents"), credit("OnePhatDeeva", "", "Featuring"), credit("Lisa Millett")],
            display: "A.T.F.C. Presents OnePhatDeeva Featuring Lisa Millett",
            names: ["A.T.F.C.", "OnePhatDeeva", "Lisa Millett"]),
        Row(credits: [credit("Hixxy", "", "&"), credit("MC Storm", "Storm", "Meet"), credit("Dougal & Gammer")],
            display: "Hixxy & Storm Meet Dougal & Gammer", names: ["Hixxy", "Storm", "Dougal & Gammer"]),
        Row(credits: [credit("Simon", "", "And"), credit("Garfunkel")], display: "Simon And Garfunkel",
            names: ["Simon", "Garfunkel"]),
        Row(credits: [credit("Miles Davis", "", "With"), credit("Gil Evans")], display: "Miles Davis With Gil Evans",
            names: ["Miles Davis", "Gil Evans"]),
        Row(credits: [credit("A", "", ""), credit("B")], display: "A, B", names: ["A", "B"]),
        Row(credits: [credit("Aphex Twin (2)", "", "&")], display: "Aphex Twin", names: ["Aphex Twin"]),
        Row(credits: [credit("Various", id: 194)], display: "Various", names: ["Various"]),
        Row(credits: [credit("Sunn O)))")], display: "Sunn O)))", names: ["Sunn O)))"]),
        Row(credits: [credit("Love (Band)")], display: "Love (Band)", names: ["Love (Band)"]),
        Row(credits: [credit("(2)")], display: "(2)", names: ["(2)"]),
        Row(credits: [credit("Touché (3)")], display: "Touché", names: ["Touché"]),
        Row(credits: [], display: "", names: []),
    ]

    @Test("display strings", arguments: rows)
    func display(_ row: Row) {
        #expect(ArtistCreditFormatter.displayString(for: row.credits) == row.display)
        #expect(ArtistCreditFormatter.names(of: row.credits) == row.names)
    }

    @Test("disambiguation suffixes", arguments: [
        ("Aphex Twin (2)", "Aphex Twin"), ("Antidote (4)", "Antidote"), ("Brooklyn (17)", "Brooklyn"),
        ("Aphex Twin", "Aphex Twin"), ("Take (2) Steps", "Take (2) Steps"), ("Band(2)", "Band(2)"),
        ("Twister (8) ", "Twister (8) "), ("X (a)", "X (a)"), ("", ""),
    ])
    func suffix(_ name: String, _ stripped: String) {
        #expect(ArtistCreditFormatter.strippingDisambiguation(name) == stripped)
    }

    @Test("Various is recognised by id 194, or by name without an id")
    func various() {
        #expect(ArtistCreditFormatter.isVarious([ArtistCreditName(name: "Various", id: 194)]))
        #expect(ArtistCreditFormatter.isVarious([ArtistCreditName(name: "Various Artists", id: 194)]))
        #expect(ArtistCreditFormatter.isVarious([ArtistCreditName(name: "Various")]))
        #expect(!ArtistCreditFormatter.isVarious([ArtistCreditName(name: "Various", id: 5)]))
        #expect(!ArtistCreditFormatter.isVarious([ArtistCreditName(name: "Moby", id: 2)]))
        #expect(ArtistCreditFormatter.displayName(of: ArtistCreditName(name: "Various Artists", id: 194)) == "Various")
    }

    @Test("featured artists follow a featuring join")
    func featured() {
        let credits = [ArtistCreditName(name: "Al Storm", join: "&"), ArtistCreditName(name: "Euphony", join: "Feat."),
                       ArtistCreditName(name: "Vicky Fee")]
        #expect(ArtistCreditFormatter.featuredNames(of: credits) == ["Vicky Fee"])
        #expect(ArtistCreditFormatter.featuredNames(of: [ArtistCreditName(name: "Solo")]) == [])
    }

    @Test("credits decode with missing or null fields")
    func decoding() throws {
        let json = #"[{"name":"DJ Breeze","anv":"Breeze","join":"vs.","id":2312},{"name":"Lost Witness","anv":null}]"#
        let credits = try JSONDecoder().decode([ArtistCreditName].self, from: Data(json.utf8))
        #expect(credits == [ArtistCreditName(name: "DJ Breeze", anv: "Breeze", join: "vs.", id: 2312),
                            ArtistCreditName(name: "Lost Witness")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ArtistCreditName].self, from: Data(#"[{"anv":"x"}]"#.utf8))
        }
    }

    @Test("any type with the naming fields can be formatted")
    func customConformance() {
        struct Credit: ArtistCreditNaming {
            var name: String
            var anv: String? = nil
            var join: String? = nil
            var id: Int? = nil
        }
        #expect(ArtistCreditFormatter.displayString(for: [Credit(name: "Sy & Unknown", join: "Feat."),
                                                          Credit(name: "Lou Lou (2)")]) == "Sy & Unknown Feat. Lou Lou")
    }
}
