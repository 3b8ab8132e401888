import Foundation
import Testing

/// `discogs dump` on the real samples (../shared/fixtures/dumps) and on inputs written here.
@Suite struct CLIDumpTests {
    static let samples = SkippedTestsCensus.testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/fixtures/dumps")
    static func sample(_ kind: String) -> String { samples.appendingPathComponent("discogs_20200806_\(kind).xml.gz").path }
    static var haveSamples: Bool { FileManager.default.fileExists(atPath: sample("releases")) }

    static func withoutTimestamp(_ object: [String: Any]) -> NSDictionary {
        var copy = object
        copy["scrape_timestamp"] = nil
        return copy as NSDictionary
    }

    @Test(.enabled(if: haveSamples, "../shared/fixtures/dumps is not next to the package"),
          arguments: ["releases", "masters", "artists", "labels"])
    func eachSampleReadsToItsCount(kind: String) async throws {
        let run = try await CLIProcess.run(["dump", kind, Self.sample(kind)])
        #expect(run.status == 0, "\(run.stderr)")
        let objects = try run.objects()
        #expect(objects.count == 1000)
        #expect(Set(objects.compactMap { $0["id"] as? Int }).count == 1000)
        #expect(run.stderr.contains("dump: 1000 records, 0 bad"), "\(run.stderr)")
    }

    /// The same release from the dump and from the API (the recorded answer the emulator serves)
    /// gives the same items, field for field but the time stamp.
    @Test(.enabled(if: haveSamples && CLIProcess.emulatorURL != nil,
                   "needs the emulator and ../shared/fixtures/dumps: set DISCOGS_BASE_URL (.ci/run does)"))
    func aDumpReleaseGivesTheItemsOfTheAPIRelease() async throws {
        let dump = try await CLIProcess.run(["dump", "releases", Self.sample("releases"), "--items"])
        #expect(dump.status == 0, "\(dump.stderr)")
        let api = try await CLIProcess.run(["release", "1", "--items", "--format", "jsonl"], environment: [
            "DISCOGS_BASE_URL": CLIProcess.emulatorURL ?? "", "DISCOGS_TOKEN": CLIProcess.emulatorToken])
        #expect(api.status == 0, "\(api.stderr)")
        let dumpItems = try dump.objects().map(Self.withoutTimestamp)
        let apiItems = try api.objects().map(Self.withoutTimestamp)
        let dumpTracks = dumpItems.filter { $0["item_type"] as? String == "track" && $0["discogs_id"] as? Int == 1 }
        let apiTracks = apiItems.filter { $0["item_type"] as? String == "track" }
        #expect(apiTracks.count == 6)
        #expect(dumpTracks == apiTracks)
        for item in apiItems where item["item_type"] as? String != "track" {
            #expect(dumpItems.contains(item), "the dump lacks \(item)")
        }
    }

    @Test func gzipOrNotFromStandardInputAndBadInputIsNamed() async throws {
        let xml = #"<labels><label><id>9</id><name>Tresor</name><sublabels><label id="10">Globus</label></sublabels></label></labels>"#
        let plain = try await CLIProcess.run(["dump", "labels", "-"], stdin: xml)
        #expect(plain.status == 0, "\(plain.stderr)")
        let label = try #require(try plain.objects().first)
        #expect(label["name"] as? String == "Tresor")
        #expect((label["sublabels"] as? [[String: Any]])?.first?["name"] as? String == "Globus")
        let wrongKind = try await CLIProcess.run(["dump", "releases", "-"], stdin: xml)
        #expect(wrongKind.status == 1)
        #expect(wrongKind.stderr.contains("the file's root is <labels>, not <releases>"), "\(wrongKind.stderr)")
        let cut = try await CLIProcess.run(["dump", "labels", "-"], stdin: String(xml.prefix(60)))
        #expect(cut.status == 1)
        #expect(cut.stderr.contains("the input ends inside"), "\(cut.stderr)")
        let missing = try await CLIProcess.run(["dump", "labels", "/nonexistent/labels.xml.gz"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/labels.xml.gz"), "\(missing.stderr)")
        let usage = try await CLIProcess.run(["dump", "tracks", "x"])
        #expect(usage.status == 2)
    }

    /// A bad value stops the run naming the record; --keep-going reports it and reads the rest.
    @Test func keepGoingSkipsBadRecords() async throws {
        let xml = #"<masters><master id="1"><year>199x</year></master><master id="2"><title>Fine</title></master></masters>"#
        let stops = try await CLIProcess.run(["dump", "masters", "-"], stdin: xml)
        #expect(stops.status == 1)
        #expect(stops.stderr.contains("record 1, byte 9: bad value: year “199x” is not a whole number"), "\(stops.stderr)")
        let goes = try await CLIProcess.run(["dump", "masters", "-", "--keep-going"], stdin: xml)
        #expect(goes.status == 1)
        #expect(try goes.objects().map { $0["id"] as? Int } == [2])
        #expect(goes.stderr.contains("dump: 1 records, 1 bad"), "\(goes.stderr)")
    }

    /// `--format pgcopy` needs a folder, names what is wrong, and writes the COPY files there.
    @Test func pgcopyWritesTheFolderAndNeedsOne() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-pgcopy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("labels.xml")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "<labels><label><id>1</id><name>Planet E</name><sublabels><label id=\"2\">Sub</label></sublabels></label></labels>"
            .write(to: input, atomically: true, encoding: .utf8)
        let missing = try await CLIProcess.run(["dump", "labels", input.path, "--format", "pgcopy"])
        #expect(missing.status == 2 && missing.stderr.contains("--out DIR"), "\(missing.stderr)")
        let stray = try await CLIProcess.run(["dump", "labels", input.path, "--out", folder.path])
        #expect(stray.status == 2 && stray.stderr.contains("--out goes with --format pgcopy"), "\(stray.stderr)")
        let out = folder.appendingPathComponent("pg").path
        let run = try await CLIProcess.run(["dump", "labels", input.path, "--format", "pgcopy", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("labels 1, label_sublabels 1"), "\(run.stderr)")
        #expect(try String(contentsOfFile: out + "/label_sublabels.tsv", encoding: .utf8) == "1\t0\t2\tSub\n")
        #expect(FileManager.default.fileExists(atPath: out + "/load-labels.sql"))
    }

    /// `dump index` then `enrich --dump-index` on the sample: every target drawn from it matches
    /// its release, with the API unreachable (a request would fail), so with zero requests.
    @Test(.enabled(if: haveSamples, "../shared/fixtures/dumps is not next to the package"))
    func offlineEnrichMatchesWithNoRequest() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-index-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = folder.appendingPathComponent("index").path
        let built = try await CLIProcess.run(["dump", "index", index, Self.sample("releases")])
        #expect(built.status == 0 && built.stderr.contains("index: 1000 releases"), "\(built.stderr)")
        let targets = folder.appendingPathComponent("targets.csv")
        try """
        artist,title
        The Persuader,Östermalm
        Mr. James Barth & A.D.,A Sea Apart
        Nobody Here,No Such Track At All

        """.write(to: targets, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("items.jsonl").path
        let offline = ["DISCOGS_BASE_URL": "http://127.0.0.1:9", "DISCOGS_TOKEN": "unused"]
        let run = try await CLIProcess.run(["enrich", targets.path, "--out", out, "--dump-index", index], environment: offline)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("matched 2, unmatched 1") && run.stderr.contains("requests 0"), "\(run.stderr)")
        let tracks = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
            .compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .filter { $0["item_type"] as? String == "track" }
        #expect(tracks.compactMap { $0["discogs_id"] as? Int } == [1, 2])
        let again = try await CLIProcess.run(["enrich", targets.path, "--out", out, "--dump-index", index, "--resume"], environment: offline)
        #expect(again.stderr.contains("already complete"), "\(again.stderr)")
        let wrong = try await CLIProcess.run(["enrich", targets.path, "--out", out + "2", "--dump-index", folder.path])
        #expect(wrong.status == 2 && wrong.stderr.contains("is not a dump index"), "\(wrong.stderr)")
        let stray = try await CLIProcess.run(["enrich", targets.path, "--out", out + "3", "--then-api"])
        #expect(stray.status == 2 && stray.stderr.contains("--then-api goes with --dump-index"), "\(stray.stderr)")
    }
}
