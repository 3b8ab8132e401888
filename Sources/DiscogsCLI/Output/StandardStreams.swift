import Foundation
import Synchronization

/// A buffered, thread-safe writer to a file descriptor.
final class OutputStream: Sendable {
    private let handle: FileHandle
    private let buffer = Mutex<Data>(Data())
    private let limit: Int

    init(_ handle: FileHandle, bufferLimit: Int) {
        self.handle = handle
        self.limit = bufferLimit
    }

    /// Writes `text` as is.
    func write(_ text: String) {
        let pending: Data? = buffer.withLock { data in
            data.append(contentsOf: text.utf8)
            guard data.count >= limit else { return nil }
            defer { data.removeAll(keepingCapacity: true) }
            return data
        }
        if let pending { handle.write(pending) }
    }

    /// Writes `line` and a newline.
    func line(_ line: String) { write(line + "\n") }

    /// Writes out whatever is buffered.
    func flush() {
        let pending = buffer.withLock { data -> Data in
            defer { data.removeAll(keepingCapacity: true) }
            return data
        }
        if !pending.isEmpty { handle.write(pending) }
    }
}

/// Standard output (buffered) and standard error (written at once).
enum StandardStreams {
    static let out = OutputStream(.standardOutput, bufferLimit: 64 * 1024)
    static let err = OutputStream(.standardError, bufferLimit: 1)

    /// Whether standard error is a terminal (for progress lines).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }
    /// Whether standard output is a terminal (for the readable summary format).
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
}
