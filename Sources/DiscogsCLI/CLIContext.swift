import Foundation

/// What a command handler works with: the output streams, the environment and standard input.
struct CLIContext: Sendable {
    /// Standard output.
    let out: OutputStream
    /// Standard error.
    let err: OutputStream
    /// The environment variables.
    let environment: [String: String]

    /// The real process streams and environment.
    static var standard: CLIContext {
        CLIContext(out: StandardStreams.out, err: StandardStreams.err,
                   environment: ProcessInfo.processInfo.environment)
    }

    /// Reads standard input line by line (without line ends) until it ends.
    func readStandardInputLines(_ body: (String) throws -> Void) rethrows {
        while let line = readLine(strippingNewline: true) {
            try body(line.hasSuffix("\r") ? String(line.dropLast()) : line)
        }
    }
}
