import Foundation
import Testing

/// `discogs parse`, run as a subprocess.
@Suite("discogs parse")
struct ParseCommandTests {
    @Test("durations from arguments, one line each, in order")
    func durations() async throws {
        let run = try await CLIProcess.run(["parse", "duration", "3:32", "74:12", "4:60", "1:02:03"])
        #expect(run.status == 0)
        #expect(run.lines == [
            #"{"input":"3:32","milliseconds":212000}"#,
            #"{"input":"74:12","milliseconds":4452000}"#,
            #"{"input":"4:60","milliseconds":null}"#,
            #"{"input":"1:02:03","milliseconds":3723000}"#,
        ])
    }

    @Test("standard input: one object per line, empty lines included, CRLF stripped")
    func standardInput() async throws {
        let run = try await CLIProcess.run(["parse", "duration"], stdin: "3:32\n\n?\r\n7:00\n")
        #expect(run.status == 0)
        #expect(run.lines == [
            #"{"input":"3:32","milliseconds":212000}"#,
            #"{"input":"","milliseconds":null}"#,
            #"{"input":"?","milliseconds":null}"#,
            #"{"input":"7:00","milliseconds":420000}"#,
        ])
    }

    /// A leading byte-order mark is dropped (so the first value parses), and a line that is not
    /// UTF-8 is reported with its number and byte, still one object per line, exit 1.
    @Test func byteOrderMarkAndInvalidBytesOnStandardInput() async throws {
        var input = Data([0xEF, 0xBB, 0xBF]) + Data("3:32\n4:".utf8)
        input += Data([0xFF]) + Data("0\n7:00\n".utf8)
        let run = try await CLIProcess.run(["parse", "duration"], input: input)
        #expect(run.status == 1)
        #expect(run.lines.count == 3)
        #expect(run.lines.first == #"{"input":"3:32","milliseconds":212000}"#)
        #expect(run.lines.last == #"{"input":"7:00","milliseconds":420000}"#)
        #expect(run.stderr.contains("value 2: not UTF-8 text: byte 0xFF at column 3"), "\(run.stderr)")
    }

    @Test("many lines keep their count and order")
    func manyLines() async throws {
        let titles = (0..<5_000).map { $0 % 7 == 0 ? "" : "Track \($0) (Remix \($0))" }
        let run = try await CLIProcess.run(["parse", "title"], stdin: titles.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        let objects = try run.objects()
        #expect(objects.count == titles.count)
        #expect(objects.map { $0["input"] as? String } == titles)
    }

    @Test("titles: every field, names kept as written")
    func title() async throws {
        let run = try await CLIProcess.run(["parse", "title", "Sin 4 Me (A.B's Trouse Remix) [feat. Tiësto]", "Live Forever"])
        #expect(run.status == 0)
        #expect(run.lines.first ==
            #"{"input":"Sin 4 Me (A.B's Trouse Remix) [feat. Tiësto]","base_title":"Sin 4 Me","versions":["A.B's Trouse Remix"],"is_remix":true,"is_live":false,"remixers":["A.B"],"featuring":["Tiësto"],"remix_type":"Remix","subtitles":[]}"#)
        let live = try #require(try run.objects().last)
        #expect(live["is_live"] as? Bool == false)
        #expect(live["remix_type"] is NSNull)
    }

    @Test("strings are escaped: quotes, backslashes, control characters; UTF-8 kept")
    func escaping() async throws {
        let run = try await CLIProcess.run(["parse", "markup", "Say \"hi\" \\ é\ttab\u{1}"])
        #expect(run.status == 0)
        #expect(run.lines == [#"{"input":"Say \"hi\" \\ é\ttab\u0001","text":"Say \"hi\" \\ é\ttab\u0001"}"#])
        let object = try #require(try run.objects().first)
        #expect(object["text"] as? String == "Say \"hi\" \\ é\ttab\u{1}")
    }

    @Test("positions, dates and markup")
    func otherKinds() async throws {
        let positions = try await CLIProcess.run(["parse", "position", "CD2-4", "1.01", "Video"])
        #expect(positions.lines == [
            #"{"input":"CD2-4","form":"discTrack","medium":"CD","side":null,"disc":2,"track":4,"subtrack":null,"dotted":null}"#,
            #"{"input":"1.01","form":"dotted","medium":null,"side":null,"disc":null,"track":null,"subtrack":null,"dotted":{"major":1,"minor":1,"suffix":null}}"#,
            #"{"input":"Video","form":"unrecognized","medium":null,"side":null,"disc":null,"track":null,"subtrack":null,"dotted":null}"#,
        ])
        let resolved = try await CLIProcess.run(["parse", "position", "--format-quantity", "2", "2.12A"])
        let dotted = try #require(try resolved.objects().first)
        #expect(dotted["disc"] as? Int == 2)
        #expect(dotted["track"] as? Int == 12)
        #expect(dotted["subtrack"] as? String == "A")
        let dates = try await CLIProcess.run(["parse", "date", "1987-07-00", "nope"])
        #expect(dates.lines == [
            #"{"input":"1987-07-00","year":1987,"month":7,"day":null,"iso":"1987-07"}"#,
            #"{"input":"nope","year":null,"month":null,"day":null,"iso":null}"#,
        ])
        let markup = try await CLIProcess.run(["parse", "markup", "[b]Hi[/b] [a=Aphex Twin (2)] &amp; [a42]"])
        #expect(markup.lines == [#"{"input":"[b]Hi[/b] [a=Aphex Twin (2)] &amp; [a42]","text":"Hi Aphex Twin & artist #42"}"#])
    }

    @Test("tracks resolve against --positions and report what names nothing")
    func tracks() async throws {
        let run = try await CLIProcess.run(["parse", "tracks", "A2 to B1", "", "C9", "--positions", "A1,A2,B1,B2"])
        #expect(run.status == 0)
        #expect(run.lines == [
            #"{"input":"A2 to B1","positions":["A2","B1"],"whole_release":false,"unresolved":[],"issues":[]}"#,
            #"{"input":"","positions":["A1","A2","B1","B2"],"whole_release":true,"unresolved":[],"issues":[]}"#,
            #"{"input":"C9","positions":[],"whole_release":false,"unresolved":["C9"],"issues":["credit tracks part “C9” names no position of the tracklist"]}"#,
        ])
    }

    @Test("credits from --json and from standard input")
    func credits() async throws {
        let json = #"[{"name":"DJ Breeze","anv":"Breeze","join":"vs."},{"name":"Lost Witness (2)","anv":"","join":""}]"#
        let run = try await CLIProcess.run(["parse", "credit", "--json", json])
        #expect(run.status == 0)
        let object = try #require(try run.objects().first)
        #expect(object["display"] as? String == "Breeze vs. Lost Witness")
        #expect(object["names"] as? [String] == ["Breeze", "Lost Witness"])

        let lines = #"[{"name":"Various","id":194}]"# + "\n\nnot json\n"
        let piped = try await CLIProcess.run(["parse", "credit"], stdin: lines)
        #expect(piped.status == 1)
        let objects = try piped.objects()
        #expect(objects.count == 3)
        #expect(objects[0]["display"] as? String == "Various")
        #expect(objects[0]["is_various"] as? Bool == true)
        #expect(objects[1]["display"] as? String == "")
        #expect(objects[2]["display"] is NSNull)
        #expect((objects[2]["error"] as? String)?.contains("not a JSON array") == true)
        #expect(piped.stderr.contains("value 3"))
    }

    struct Misuse: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test("usage errors exit 2 with a message naming the mistake", arguments: [
        Misuse(arguments: ["parse", "colour", "red"], message: "unknown kind “colour”"),
        Misuse(arguments: ["parse"], message: "parse needs a KIND"),
        Misuse(arguments: ["parse", "tracks", "A1"], message: "needs --positions"),
        Misuse(arguments: ["parse", "title", "--positions", "A1", "x"], message: "--positions belongs to “parse tracks”"),
        Misuse(arguments: ["parse", "position", "--format-quantity", "two", "1.01"], message: "--format-quantity"),
        Misuse(arguments: ["parse", "credit", "--json", "{"], message: "credit value 1 is not a JSON array"),
        Misuse(arguments: ["parse", "credit", "[]", #"[{"anv":"x"}]"#], message: "element [0] has no “name”"),
    ])
    func misuse(_ row: Misuse) async throws {
        let run = try await CLIProcess.run(row.arguments)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(row.message), "\(run.stderr)")
    }

    @Test("help lists the command and its kinds")
    func help() async throws {
        let top = try await CLIProcess.run(["--help"])
        #expect(top.stdout.contains("parse"))
        let own = try await CLIProcess.run(["parse", "--help"])
        #expect(own.status == 0)
        #expect(own.stdout.contains("duration, title, position, date, credit, tracks, markup"))
    }
}
