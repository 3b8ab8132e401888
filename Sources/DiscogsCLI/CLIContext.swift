import DiscogsKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Reads standard input line by line (without line ends, a leading byte-order mark dropped)
    /// until it ends; `body` gets each line and, for one that is not UTF-8, what is wrong with it
    /// (the line then holds U+FFFD for the bad bytes).
    func readStandardInputLines(_ body: (_ line: String, _ problem: String?) throws -> Void) rethrows {
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var first = true
        func deliver(_ line: ArraySlice<UInt8>) throws {
            var bytes = line
            if bytes.last == 0x0D { bytes = bytes.dropLast() }
            if first, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            first = false
            let decoded = DecodedText(Data(bytes))
            try body(decoded.text, decoded.problem(onLine: 1))
        }
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            pending += chunk[0..<count]
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                try deliver(pending[start..<newline])
                start = newline + 1
            }
            pending.removeSubrange(..<start)
        }
        if !pending.isEmpty { try deliver(pending[...]) }
    }

    /// Reads one line of standard input (without its line end), or `nil` at its end: no more
    /// is read, so a user typing a token need not end the input too.
    func readStandardInputLine() -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == 0x0A { break }
            bytes.append(byte)
        }
        if bytes.last == 0x0D { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads the whole of standard input as bytes.
    func readStandardInput() -> Data {
        FileHandle.standardInput.readDataToEndOfFile()
    }
}
