import Foundation

/// Runs the built `discogs` executable, found next to the test bundle in the build products.
enum DiscogsBinary {
    /// What one run produced.
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String

        /// Standard output split into lines (without the final empty piece).
        var lines: [String] {
            var lines = stdout.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            return lines
        }

        /// Each output line decoded as a JSON object.
        func objects() throws -> [[String: Any]] {
            try lines.map { line in
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw CocoaError(.coderReadCorrupt)
                }
                return object
            }
        }
    }

    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "the discogs executable was not found next to the test bundle (looked in "
                + searched.joined(separator: ", ") + "); build it with swift build first"
        }
    }

    /// The executable's URL.
    static func url() throws -> URL {
        var directories: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            directories.append(directory)
            directory = directory.deletingLastPathComponent()
        }
        for directory in directories {
            let candidate = directory.appendingPathComponent("discogs")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw NotFound(searched: directories.map(\.path))
    }

    /// Runs `discogs arguments…` with `input` on standard input.
    static func run(_ arguments: [String], input: String = "") throws -> Run {
        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Feed standard input from another thread so a large output cannot block the child
        // while we are still writing.
        let writer = stdin.fileHandleForWriting
        let data = Data(input.utf8)
        let fed = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            writer.write(data)
            try? writer.close()
            fed.signal()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        fed.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
                   stderr: String(decoding: errors, as: UTF8.self))
    }
}
