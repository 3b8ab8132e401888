import Foundation
import Synchronization
import Testing

/// What `swift test` skips without the emulator or `../shared`, said in one line after the
/// run's own summary: "Test run with 507 tests passed" alone hides that 26 never ran.
///
/// The tests that need something from outside are found in the test sources by their gate: a
/// `.enabled(if:)` trait whose message says "needs the emulator" or names `../shared`, on a
/// `@Suite` (every `@Test` of it counts) or on one `@Test`.
enum SkippedTestsCensus {
    /// What a gated test needs.
    enum Need: String, CaseIterable {
        case emulator = "needs the emulator"
        case shared = "../shared"
    }

    /// The folder of the test sources (Tests/), beside this file's target folder.
    static var testsFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    }

    /// How many tests each need gates, over every Swift file under `folder`.
    static func count(in folder: URL = testsFolder) throws -> [Need: Int] {
        var counts: [Need: Int] = [:]
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() where line.contains(".enabled(if:") {
                let trait = lines[index...].prefix(2).joined(separator: " ")
                guard let need = Need.allCases.first(where: { trait.contains($0.rawValue) }) else { continue }
                let declaration = lines[...index].last { $0.contains("@Suite") || $0.contains("@Test") } ?? ""
                if declaration.contains("@Test") {
                    counts[need, default: 0] += 1
                } else {
                    let body = lines[(index + 1)...].prefix { !$0.contains("@Suite") }
                    counts[need, default: 0] += body.count { $0.contains("@Test") }
                }
            }
        }
        return counts
    }

    /// The line printed at exit, when set.
    static let notice = Mutex<String?>(nil)
}

@Suite struct SkippedTestsNotice {
    /// Without the emulator (or `../shared`), registers one line for the end of the run naming
    /// how many tests were skipped and how to run them.
    @Test func sayWhatWasSkipped() throws {
        let counts = try SkippedTestsCensus.count()
        #expect((counts[.emulator] ?? 0) > 0, "the census found no emulator-gated tests in \(SkippedTestsCensus.testsFolder.path)")
        var parts: [String] = []
        if CLIProcess.emulatorURL == nil, let count = counts[.emulator] {
            parts.append("\(count) integration tests need the Discogs emulator: start "
                + "../shared/tools/discogs-emulator/emulator.py and set DISCOGS_BASE_URL (Docs/Testing.md), or run bash .ci/run")
        }
        let shared = SkippedTestsCensus.testsFolder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/fixtures/discogs")
        if !FileManager.default.fileExists(atPath: shared.path), let count = counts[.shared] {
            parts.append("\(count) tests need ../shared/fixtures beside the package (the recorded Discogs answers)")
        }
        guard !parts.isEmpty else { return }
        let line = "SKIPPED: " + parts.joined(separator: "; ") + ".\n"
        let first = SkippedTestsCensus.notice.withLock { notice -> Bool in
            defer { notice = line }
            return notice == nil
        }
        if first {
            atexit {
                if let line = SkippedTestsCensus.notice.withLock({ $0 }) {
                    FileHandle.standardError.write(Data(line.utf8))
                }
            }
        }
    }
}
