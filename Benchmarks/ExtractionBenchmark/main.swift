// Extraction throughput: SongNodes items from releases, in tracks per second on one core, for
// releases of growing size (a linear extraction keeps the rate flat as the tracklist grows) and
// for the releases of a dump file.
//
//   swift run -c release ExtractionBenchmark [--tracks 100,1000,4000,16000] [--dump FILE.xml[.gz]]
//
// The generated releases look like big box sets: positions `D-TT` on as many discs as needed,
// a performer and a remix credit per track, one release credit per ten tracks covering a range
// of them (`2-01 to 2-10`), and a few whole-release credits.
import DiscogsKit
import DiscogsKitDumps
import Foundation

func releaseJSON(tracks count: Int) -> String {
    var tracks: [String] = []
    var credits: [String] = [#"{"name": "Tiësto", "id": 7, "role": "Mixed By", "tracks": ""}"#,
                             #"{"name": "Anjunabeats", "id": 8, "role": "Compiled By"}"#]
    func position(_ index: Int) -> String {
        let disc = index / 99 + 1, track = index % 99 + 1
        return "\(disc)-" + (track < 10 ? "0\(track)" : "\(track)")
    }
    for index in 0..<count {
        tracks.append(#"{"position": "\#(position(index))", "type_": "track", "title": "Track \#(index) (Artist \#(index % 50) Remix)", "duration": "6:\#(10 + index % 50)", "artists": [{"name": "Artist \#(index)", "id": \#(1000 + index), "join": ""}], "extraartists": [{"name": "Remixer \#(index % 50)", "id": \#(5000 + index % 50), "role": "Remix"}]}"#)
        if index % 10 == 0 {
            credits.append(#"{"name": "Engineer \#(index / 10)", "id": \#(9000 + index / 10), "role": "Mastered By, Engineer", "tracks": "\#(position(index)) to \#(position(min(count - 1, index + 9)))"}"#)
        }
    }
    return #"{"id": 1, "title": "Box", "artists": [{"name": "Various", "id": 194}], "labels": [{"name": "Label", "id": 3, "catno": "BOX 1"}], "formats": [{"name": "CD", "qty": "\#(count / 99 + 1)", "descriptions": ["Compilation"]}], "genres": ["Electronic"], "styles": ["Trance"], "year": 2019, "extraartists": [\#(credits.joined(separator: ","))], "tracklist": [\#(tracks.joined(separator: ","))]}"#
}

func cpuSeconds() -> Double {
    var usage = rusage()
    #if canImport(Darwin)
    getrusage(RUSAGE_SELF, &usage)
    #else
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

/// Extracts `releases` repeatedly until about a second of CPU has passed; returns tracks per CPU second.
func measure(_ releases: [Release]) -> (tracksPerSecond: Double, tracks: Int) {
    let extractor = ReleaseExtractor(scrapeTimestamp: Date(timeIntervalSince1970: 0))
    var tracks = 0
    let start = cpuSeconds()
    repeat {
        for release in releases { tracks += extractor.extract(release).tracks.count }
    } while cpuSeconds() - start < 1
    return (Double(tracks) / (cpuSeconds() - start), tracks)
}

let arguments = CommandLine.arguments
func value(_ flag: String) -> String? {
    arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let sizes = (value("--tracks") ?? "100,1000,4000,16000").split(separator: ",").compactMap { Int($0) }
guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else {
    FileHandle.standardError.write(Data("--tracks takes positive integers separated by commas, such as 100,1000\n".utf8))
    exit(2)
}
print("tracks per release   tracks/s (one core)")
for size in sizes {
    let release: Release
    do {
        release = try JSONDecoder().decode(Release.self, from: Data(releaseJSON(tracks: size).utf8))
    } catch {
        FileHandle.standardError.write(Data("the generated release of \(size) tracks does not decode: \(error)\n".utf8))
        exit(1)
    }
    let result = measure([release])
    print(String(format: "%18d   %10.0f", size, result.tracksPerSecond))
}
if let path = value("--dump") {
    do {
        var reader = try DumpReader.releases(path: path)
        var releases: [Release] = []
        while let release = try reader.next() { releases.append(release) }
        let result = measure(releases)
        print(String(format: "%@: %d releases, %.0f tracks/s (one core)", (path as NSString).lastPathComponent, releases.count, result.tracksPerSecond))
    } catch {
        FileHandle.standardError.write(Data("\(path): \(error)\n".utf8))
        exit(1)
    }
}
