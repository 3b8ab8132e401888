import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes read in chunks: a file, standard input, a decompressor, or any source of a service's.
/// Not shared between threads: one reader pulls from it.
public protocol DumpByteStream: AnyObject {
    /// Reads up to `buffer.count` bytes into `buffer`; 0 at the end of the stream.
    /// - Throws: ``DumpError`` (`unreadable`, `corruptCompression`).
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(DumpError) -> Int
}

/// A file descriptor read with `read(2)`: a file, or standard input.
public final class FileDescriptorByteStream: DumpByteStream {
    private let descriptor: Int32
    private let closes: Bool
    private let name: String

    /// Opens `path` for reading.
    /// - Throws: ``DumpError`` `unreadable` naming the file and the system's reason.
    public init(path: String) throws(DumpError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw DumpError(.unreadable, "\(path): \(String(cString: strerror(errno)))") }
        descriptor = fd
        closes = true
        name = path
    }

    /// Reads standard input (left open at the end).
    public init(standardInput: Void = ()) {
        descriptor = STDIN_FILENO
        closes = false
        name = "standard input"
    }

    deinit {
        if closes { close(descriptor) }
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(DumpError) -> Int {
        while true {
            let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw DumpError(.unreadable, "\(name): \(String(cString: strerror(errno)))")
        }
    }
}

/// `read(2)`, out of reach of the method of the same name.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// Bytes held in memory (tests, small inputs).
public final class DataByteStream: DumpByteStream {
    private let bytes: [UInt8]
    private var position = 0

    /// Streams `data`.
    public init(_ data: Data) { bytes = [UInt8](data) }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(DumpError) -> Int {
        let count = min(buffer.count, bytes.count - position)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + position, byteCount: count)
        }
        position += count
        return count
    }
}

extension DumpByteStream {
    /// Reads into `array[from...]` (the closure-based buffer access does not keep typed throws).
    func read(into array: inout [UInt8], from index: Int) throws(DumpError) -> Int {
        let result: Result<Int, DumpError> = array.withUnsafeMutableBytes { bytes in
            Result { () throws(DumpError) -> Int in
                try read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[index...]))
            }
        }
        return try result.get()
    }
}
