import Foundation

/// Runs the built `discogs` binary as a user would and captures what it prints.
struct CLIProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var lines: [String] { stdout.split(whereSeparator: \.isNewline).map(String.init) }
    }

    /// The `discogs` executable next to the test bundle in the build products.
    static let executable: URL? = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent("discogs"))
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("discogs"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("discogs"))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/discogs"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The emulator the CI script started (DISCOGS_BASE_URL), if any.
    static var emulatorURL: String? {
        ProcessInfo.processInfo.environment["DISCOGS_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The token the emulator accepts.
    static var emulatorToken: String { ProcessInfo.processInfo.environment["DISCOGS_TEST_TOKEN"] ?? "test-token" }

    /// Runs `discogs arguments…` with `stdin`, an environment reduced to what is given (plus
    /// PATH/HOME so the shared rate-limit file has a home), and a timeout.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    timeout: TimeInterval = 60) throws -> Result {
        guard let executable else { throw CLIError("the discogs executable was not found next to the tests") }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "HOME": FileManager.default.temporaryDirectory.path,
                   "XDG_CACHE_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("discogskit-tests").path]
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("cli-out-\(UUID().uuidString)")
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("cli-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw CLIError("discogs \(arguments.joined(separator: " ")) did not finish in \(Int(timeout)) s")
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        try outHandle.close()
        try errHandle.close()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    struct CLIError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
