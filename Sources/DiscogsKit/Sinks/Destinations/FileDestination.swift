#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A destination writing to a file or an open file descriptor such as standard output.
///
/// Bytes go straight to the descriptor with `write(2)` (partial writes and `EINTR` are retried);
/// the sink in front of it does the buffering.
///
/// ```swift
/// let file = try FileDestination(path: "items.jsonl")            // create or replace
/// let more = try FileDestination(path: "items.jsonl", mode: .append)
/// let out = FileDestination.standardOutput                        // never closes descriptor 1
/// ```
///
/// Writing to a closed pipe raises `SIGPIPE`, which ends the process unless the program
/// ignores that signal; with it ignored, the write fails with a ``SinkError``.
public final class FileDestination: ByteDestination {
    /// How ``init(path:mode:)`` opens an existing file.
    public enum Mode: Sendable, Hashable {
        /// Create the file, or empty it when it exists.
        case truncate
        /// Create the file, or write after its current end when it exists.
        case append
    }

    private let name: String
    private let closesDescriptor: Bool
    /// The descriptor, or `nil` once closed.
    private let descriptor: Mutex<Int32?>

    /// Opens `path` for writing, creating it (mode 0644) when it does not exist.
    /// - Parameters:
    ///   - path: The file's path.
    ///   - mode: Whether to replace (the default) or append to an existing file.
    /// - Throws: ``SinkError/cannotOpen(path:reason:)`` with the system's reason.
    public init(path: String, mode: Mode = .truncate) throws {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (mode == .append ? O_APPEND : O_TRUNC)
        let fd = open(path, flags, 0o644)
        guard fd >= 0 else { throw SinkError.cannotOpen(path: path, reason: Self.systemReason()) }
        self.name = path
        self.closesDescriptor = true
        self.descriptor = Mutex(fd)
    }

    /// Writes to an already open descriptor.
    /// - Parameters:
    ///   - fileDescriptor: The descriptor to write to.
    ///   - name: How errors name it, such as `"standard output"`.
    ///   - closesDescriptor: Whether ``close()`` closes the descriptor (`false` leaves it open).
    public init(fileDescriptor: Int32, name: String, closesDescriptor: Bool) {
        self.name = name
        self.closesDescriptor = closesDescriptor
        self.descriptor = Mutex(fileDescriptor)
    }

    /// Standard output; closing it leaves descriptor 1 open.
    public static var standardOutput: FileDestination {
        FileDestination(fileDescriptor: 1, name: "standard output", closesDescriptor: false)
    }

    /// Writes all of `bytes`.
    /// - Throws: ``SinkError/writeFailed(destination:reason:)`` with the system's reason, or after ``close()``.
    public func write(_ bytes: [UInt8]) throws {
        try descriptor.withLock { fd in
            guard let fd else { throw SinkError.writeFailed(destination: name, reason: "it was closed") }
            try bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw SinkError.writeFailed(destination: name, reason: Self.systemReason())
                    }
                    offset += written
                }
            }
        }
    }

    /// Does nothing: every ``write(_:)`` already reached the descriptor.
    public func flush() throws {}

    /// Closes the descriptor when this destination owns it; later writes fail.
    /// - Throws: ``SinkError/writeFailed(destination:reason:)`` when the system reports a failure on close.
    public func close() throws {
        let fd: Int32? = descriptor.withLock { fd in
            defer { fd = nil }
            return fd
        }
        guard let fd, closesDescriptor else { return }
        if systemClose(fd) != 0 {
            throw SinkError.writeFailed(destination: name, reason: Self.systemReason())
        }
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}

private func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, pointer, count)
}

private func systemClose(_ fd: Int32) -> Int32 {
    close(fd)
}
