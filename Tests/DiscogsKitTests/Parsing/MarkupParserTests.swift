import DiscogsKit
import Testing

@Suite("Markup parser")
struct MarkupParserTests {
    static let rows: [(String, String)] = [
        ("Plain text.", "Plain text."),
        ("[a=Aphex Twin]", "Aphex Twin"),
        ("By [a=Aphex Twin (2)].", "By Aphex Twin."),
        ("On [l=Warp Records].", "On Warp Records."),
        ("Member of [a123].", "Member of artist #123."),
        ("Label [l45], release [r1], master [m7].", "Label label #45, release release #1, master master #7."),
        ("See [r=249504].", "See release #249504."),
        ("[b]Bold[/b] and [i]italic[/i] and [u]under[/u]", "Bold and italic and under"),
        ("[B]Upper[/B]", "Upper"),
        ("[b][i]nested[/i][/b]", "nested"),
        ("[url=https://warp.net]Warp[/url]", "Warp"),
        ("[url=https://warp.net][/url]", "https://warp.net"),
        ("[url]https://warp.net[/url]", "https://warp.net"),
        ("[url=https://x.org/?a=1&amp;b=2][/url]", "https://x.org/?a=1&b=2"),
        ("Tom &amp; Jerry &lt;3 &quot;hi&quot; &#39;yo&#39; &#x27;x&#x27; &eacute;t&eacute;", "Tom & Jerry <3 \"hi\" 'yo' 'x' été"),
        ("AT&T &unknown; &#0; &#xD800; &#99999999; & alone", "AT&T &unknown; &#0; &#xD800; &#99999999; & alone"),
        ("Line one\r\nLine two\rLine three\nEnd", "Line one\nLine two\nLine three\nEnd"),
        // Unbalanced and unknown tags keep their words.
        ("[b]bold without end", "[b]bold without end"),
        ("end without start[/b]", "end without start[/b]"),
        ("[b]one [i]two[/b]", "one [i]two"),
        ("[img=https://x/y.jpg] caption", "[img=https://x/y.jpg] caption"),
        ("[x]unknown[/x]", "[x]unknown[/x]"),
        ("[t=123] topic", "[t=123] topic"),
        ("[url=https://x]text", "[url=https://x]text"),
        ("A [bracketed] aside", "A [bracketed] aside"),
        ("[[a=Moby]]", "[Moby]"),
        ("[a=]", "[a=]"),
        ("[", "["),
        ("]", "]"),
        ("[a", "[a"),
        ("", ""),
        ("Ünïcødé [b]ök[/b] 🎵", "Ünïcødé ök 🎵"),
    ]

    @Test("markup to plain text", arguments: rows)
    func plainText(_ markup: String, _ text: String) {
        #expect(MarkupParser.plainText(from: markup) == text)
    }

    @Test("id references go through the caller's lookup")
    func lookup() {
        let text = MarkupParser.plainText(from: "[a1] on [l2], [r3] / [m4], [a5]") { reference in
            switch reference {
            case .artist(1): "The Persuader"
            case .label(2): "Svek"
            case .release(3): "Stockholm"
            case .master(4): "Stockholm (master)"
            default: nil
            }
        }
        #expect(text == "The Persuader on Svek, Stockholm / Stockholm (master), artist #5")
    }

    @Test("references know their id and placeholder")
    func references() {
        #expect(MarkupReference.label(9).id == 9)
        #expect(MarkupReference.master(7).placeholder == "master #7")
    }
}
