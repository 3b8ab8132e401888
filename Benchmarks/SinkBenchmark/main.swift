// Sink throughput and peak memory: writes N generated track items through each sink to
// /dev/null and prints items per second and the process's peak resident memory for that run.
// Flat memory means the peak does not grow with N.
//
//   swift run -c release SinkBenchmark [--counts 10000,100000,1000000]
import DiscogsKit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Peak resident memory in MiB since the last reset (Linux `VmHWM`), or since the start elsewhere.
func peakMemoryMiB() -> Double {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
       let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
       let kib = Double(line.split(separator: " ").dropFirst().first ?? "") {
        return kib / 1024
    }
    var usage = rusage()
    #if canImport(Darwin)
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576
    #else
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
    #endif
}

/// Resets the peak to the current resident size (Linux only; elsewhere peaks accumulate).
func resetPeakMemory() {
    if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
        handle.write(Data("5".utf8))
        try? handle.close()
    }
}

func track(_ index: Int) -> TrackItem {
    TrackItem(
        title: "Track \(index) (Rødhåd's \"Remix\", Pt. 2)", artistName: "Rødhåd, Dax J", normalizedTitle: "track \(index)",
        releaseID: 1_000_000 + index / 10, durationMilliseconds: 391_000, recordLabel: "Figure", catalogNumber: "FIGURE X \(index)",
        genre: "Electronic", subgenre: "Techno", releaseDate: "2019-03", isRemix: true, remixType: "Rødhåd's \"Remix\"",
        metadata: TrackMetadata(
            releaseTitle: "Release \(index / 10)", position: "A\(index % 10)", country: "Germany",
            genres: ["Electronic"], styles: ["Techno", "Industrial"],
            artists: [.init(name: "Rodhad", artistID: 2_108_297, nameVariation: "Rødhåd", joinPhrase: ","), .init(name: "Dax J", artistID: 1_234_568)],
            credits: [CreditItem(name: "Dax J", role: "Remix", artistID: 1_234_568), CreditItem(name: "O'Brien", role: "Written-By")],
            matchConfidence: 0.93, matchReasons: ["title", "artist"]),
        scrapeTimestamp: Date(timeIntervalSince1970: 1_714_564_800))
}

let arguments = CommandLine.arguments
var counts = [10_000, 100_000, 1_000_000]
if let flag = arguments.firstIndex(of: "--counts"), flag + 1 < arguments.count {
    let parsed = arguments[flag + 1].split(separator: ",").compactMap { Int($0) }
    guard !parsed.isEmpty, parsed.allSatisfy({ $0 > 0 }) else {
        FileHandle.standardError.write(Data("--counts takes positive integers separated by commas, such as 10000,100000\n".utf8))
        exit(2)
    }
    counts = parsed
}

print("format  items      seconds  items/s    peak MiB")
for format in ItemSinkFormat.allCases {
    for count in counts {
        resetPeakMemory()
        let sink = try format.makeSink(destination: try FileDestination(path: "/dev/null"))
        let clock = ContinuousClock()
        let elapsed = try await clock.measure {
            for index in 0..<count { try await sink.write(.track(track(index))) }
            try await sink.close()
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let line = [
            format.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0),
            String(count).padding(toLength: 10, withPad: " ", startingAt: 0),
            String(format: "%-8.2f", seconds),
            String(format: "%-10.0f", Double(count) / seconds),
            String(format: "%.1f", peakMemoryMiB()),
        ]
        print(line.joined(separator: " "))
    }
}
