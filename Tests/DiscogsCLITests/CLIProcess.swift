import Foundation
import Synchronization

/// Runs the built `discogs` binary (or another program) as a user would and captures what it
/// prints. Async: a test waiting for a child never holds one of the cooperative pool's threads.
struct CLIProcess {
    /// What one run produced.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String

        /// Standard output split into lines at `\n` (CRLF too; empty lines kept, none after the
        /// last newline). Not at U+2028 or U+0085, which a JSON line may hold unescaped.
        var lines: [String] {
            var lines = stdout.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
                .map(String.init)
            if lines.last == "" { lines.removeLast() }
            return lines
        }

        /// Each output line decoded as a JSON object.
        func objects() throws -> [[String: Any]] {
            try lines.map { line in
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw CLIError("not a JSON object: \(line)")
                }
                return object
            }
        }
    }

    /// The `discogs` executable in the build products, next to the test bundle.
    static let executable: URL? = {
        var directories: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            directories.append(directory)
            directory = directory.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        directories.append(root.appendingPathComponent(".build/debug"))
        return directories.map { $0.appendingPathComponent("discogs") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
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
                    timeout: TimeInterval = 300) async throws -> Result {
        try await run(arguments, input: Data((stdin ?? "").utf8), environment: environment, timeout: timeout)
    }

    /// Runs `discogs arguments…` with these bytes on standard input (for input that is not UTF-8).
    static func run(_ arguments: [String], input: Data, environment: [String: String] = [:],
                    timeout: TimeInterval = 300) async throws -> Result {
        guard let executable else { throw CLIError("the discogs executable was not found next to the tests") }
        return try await runProgram(executable.path, arguments, input: input, environment: environment, timeout: timeout)
    }

    /// Runs `program arguments…` as ``run(_:input:environment:timeout:)`` runs `discogs`.
    static func runProgram(_ program: String, _ arguments: [String], input: Data = Data(),
                           environment: [String: String] = [:], directory: URL? = nil,
                           timeout: TimeInterval = 300) async throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ["PATH": "/usr/bin:/bin", "HOME": FileManager.default.temporaryDirectory.path,
                   "XDG_CACHE_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("discogskit-tests").path]
        // Test processes run side by side against one emulator with a generous limit: they check
        // behaviour, not pacing (the benchmarks do that), so they share a limit to match it.
        // (A child given the emulator by --base-url shares its budget file too, so every child
        // gets it while an emulator is in use; --rate-limit in the arguments still wins.)
        if emulatorURL != nil { env["DISCOGS_RATE_LIMIT"] = "10000/60" }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Files, not pipes: a child printing a lot never blocks on a pipe nobody reads yet.
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
        // Standard input from a file too: the write end of a pipe made here would be inherited by
        // the children other tests start meanwhile, and this child would never see its end.
        let inURL = FileManager.default.temporaryDirectory.appendingPathComponent("cli-in-\(UUID().uuidString)")
        try input.write(to: inURL)
        defer { try? FileManager.default.removeItem(at: inURL) }
        let inHandle = try FileHandle(forReadingFrom: inURL)
        defer { try? inHandle.close() }
        process.standardInput = inHandle
        let exited = Exit()
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        let finished = await exited.wait(timeout: timeout)
        if !finished {
            process.terminate()
            throw CLIError("\(program) \(arguments.joined(separator: " ")) did not finish in \(Int(timeout)) s")
        }
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// The child's exit, awaited without blocking a thread: the first of exit and timeout wins.
    private final class Exit: Sendable {
        private struct State {
            var outcome: Bool?
            var waiter: CheckedContinuation<Bool, Never>?
        }
        private let state = Mutex(State())

        /// Ends the wait with `outcome` unless it already ended.
        private func end(_ outcome: Bool) {
            let waiter = state.withLock { state -> CheckedContinuation<Bool, Never>? in
                guard state.outcome == nil else { return nil }
                state.outcome = outcome
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume(returning: outcome)
        }

        func signal() { end(true) }

        /// `true` once the child exited, `false` after `timeout` seconds.
        func wait(timeout: TimeInterval) async -> Bool {
            let timer = Task {
                try? await Task.sleep(for: .seconds(timeout))
                if !Task.isCancelled { end(false) }
            }
            defer { timer.cancel() }
            return await withCheckedContinuation { continuation in
                let outcome = state.withLock { state -> Bool? in
                    if state.outcome == nil { state.waiter = continuation }
                    return state.outcome
                }
                if let outcome { continuation.resume(returning: outcome) }
            }
        }
    }

    struct CLIError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
