import Foundation
import Testing

/// Every example the project shows runs as printed: the EXAMPLES of each command's `--help`, and
/// each `discogs …` line of the `sh` code blocks in README.md and Docs/*.md, run by bash in a
/// folder holding the input files they name, against the emulator.
@Suite(.enabled(if: CLIProcess.emulatorURL != nil, "needs the emulator: set DISCOGS_BASE_URL (.ci/run does)"))
struct DocumentedExamplesTests {
    /// The input files the examples read, as a user would have them.
    static let inputs: [String: String] = [
        "ids.txt": "249504\n1\n# The Persuader\n3151795\n",
        "targets.csv": "artist,title\nRick Astley,Never Gonna Give You Up\nNobody At All,Nothing Like This\n",
        "targets.jsonl": #"{"artist": "Rick Astley", "title": "Never Gonna Give You Up"}"# + "\n",
        "titles.txt": "Sandstorm (Original Mix)\nFeel It (Dixon Edit)\n",
        "durations.txt": "3:32\n7:00\n",
    ]

    /// Dump files the `discogs dump` examples read, gzipped in the folder as downloaded.
    static let gzippedInputs: [String: String] = [
        "discogs_20200806_releases.xml.gz": """
        <releases><release id="7" status="Accepted"><artists><artist><id>3</id><name>Josh Wink</name></artist></artists>\
        <title>Higher State</title><tracklist><track><position>A</position><title>Higher State (Original Mix)</title>\
        <duration>7:45</duration></track><track><position>B</position><title>Higher State (Dub)</title><duration>6:10</duration>\
        </track></tracklist></release></releases>
        """,
        "discogs_20200806_labels.xml.gz": "<labels><label><id>1</id><name>Planet E</name></label></labels>",
    ]

    static let commands = ["release", "master", "artist", "label", "search", "enrich", "parse", "dump"]
    static let documents = ["README.md"] + ((try? FileManager.default.contentsOfDirectory(atPath: docsFolder.path)) ?? [])
        .filter { $0.hasSuffix(".md") }.sorted().map { "Docs/" + $0 }

    static var packageRoot: URL { SkippedTestsCensus.testsFolder.deletingLastPathComponent() }
    static var docsFolder: URL { packageRoot.appendingPathComponent("Docs") }

    /// The example lines of a command's help: those under EXAMPLES: that start with `discogs`.
    static func helpExamples(_ help: String) -> [String] {
        let lines = help.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "EXAMPLES:" }) else { return [] }
        return lines[(start + 1)...].map { $0.trimmingCharacters(in: .whitespaces) }
            .prefix { !$0.isEmpty && !$0.hasSuffix(":") }.filter { $0.hasPrefix("discogs ") }
    }

    /// The `discogs …` commands of a Markdown file's sh/bash blocks (continued lines joined).
    static func documentExamples(_ markdown: String) -> [String] {
        var examples: [String] = []
        var language: String?
        var pending = ""
        for line in markdown.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                language = language == nil ? String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces) : nil
                continue
            }
            guard let language, ["sh", "bash", "shell"].contains(language) else { continue }
            var text = line.trimmingCharacters(in: .whitespaces)
            if pending.isEmpty {
                if text.hasPrefix("swift run discogs ") { text.removeFirst("swift run ".count) }
                guard text.hasPrefix("discogs ") else { continue }
            }
            if text.hasSuffix("\\") {
                pending += text.dropLast().trimmingCharacters(in: .whitespaces) + " "
                continue
            }
            examples.append(pending + text)
            pending = ""
        }
        return examples
    }

    /// Runs one example with bash in a fresh folder holding ``inputs``.
    func run(_ example: String) async throws -> CLIProcess.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in Self.inputs {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        for (name, text) in Self.gzippedInputs {
            let plain = folder.appendingPathComponent(String(name.dropLast(3)))
            try text.write(to: plain, atomically: true, encoding: .utf8)
            let zipped = try await CLIProcess.runProgram("/bin/gzip", ["-f", plain.path], environment: [:], directory: folder)
            try #require(zipped.status == 0, "gzip: \(zipped.stderr)")
        }
        let bin = try #require(CLIProcess.executable).deletingLastPathComponent().path
        if example.contains("--dump-index index") {
            // The index the example reads, as a user would have built it from the dump beside it.
            let built = try await CLIProcess.runProgram(
                "\(bin)/discogs", ["dump", "index", "index", "discogs_20200806_releases.xml.gz"],
                environment: [:], directory: folder)
            try #require(built.status == 0, "discogs dump index: \(built.stderr)")
        }
        return try await CLIProcess.runProgram("/bin/bash", ["-c", example], environment: [
            "PATH": "\(bin):/usr/bin:/bin", "DISCOGS_BASE_URL": CLIProcess.emulatorURL ?? "",
            "DISCOGS_TOKEN": CLIProcess.emulatorToken,
        ], directory: folder)
    }

    func expectRuns(_ example: String, from source: String) async throws {
        let result = try await run(example)
        #expect(result.status == 0, "\(source): `\(example)` exited \(result.status): \(result.stderr)")
    }

    @Test(arguments: commands)
    func helpExamplesRun(command: String) async throws {
        let help = try await CLIProcess.run([command, "--help"])
        let examples = Self.helpExamples(help.stdout)
        #expect(!examples.isEmpty, "discogs \(command) --help shows no example")
        for example in examples { try await expectRuns(example, from: "discogs \(command) --help") }
    }

    @Test(arguments: documents)
    func documentExamplesRun(document: String) async throws {
        let text = try String(contentsOf: Self.packageRoot.appendingPathComponent(document), encoding: .utf8)
        for example in Self.documentExamples(text) { try await expectRuns(example, from: document) }
    }

    /// The extraction itself: continued lines, `swift run`, and only sh blocks.
    @Test func documentExamplesAreFoundAsPrinted() {
        let markdown = "```sh\nswift run discogs release 1\ndiscogs a \\\n  --b c\nexport X=1\n```\n```\ndiscogs synopsis KIND\n```\n"
        #expect(Self.documentExamples(markdown) == ["discogs release 1", "discogs a --b c"])
    }
}
