/// Opens a dump for reading: a file (`.xml` or `.xml.gz`) or standard input (`-`), gzip
/// recognised by its first bytes (1f 8b), not by the name.
public enum DumpInput {
    /// The XML bytes of `path` (`-` for standard input), decompressed when it is gzip.
    /// - Throws: ``DumpError`` `unreadable`.
    public static func open(_ path: String) throws(DumpError) -> any DumpByteStream {
        let raw: any DumpByteStream = path == "-" ? FileDescriptorByteStream() : try FileDescriptorByteStream(path: path)
        return try decompressingIfNeeded(raw)
    }

    /// `stream`, decompressed when its first bytes are gzip's.
    /// - Throws: ``DumpError`` `unreadable` when it cannot be read or zlib cannot be loaded.
    public static func decompressingIfNeeded(_ stream: any DumpByteStream) throws(DumpError) -> any DumpByteStream {
        var head = [UInt8](repeating: 0, count: 2)
        var count = 0
        while count < 2 {
            let read = try stream.read(into: &head, from: count)
            if read == 0 { break }
            count += read
        }
        let prefixed = PrefixedByteStream(prefix: Array(head[0..<count]), upstream: stream)
        return count == 2 && head[0] == 0x1F && head[1] == 0x8B ? try GunzipByteStream(prefixed) : prefixed
    }
}

/// `prefix`, then `upstream`: what was read to look at the first bytes goes back in front.
final class PrefixedByteStream: DumpByteStream {
    private var prefix: [UInt8]
    private let upstream: any DumpByteStream

    init(prefix: [UInt8], upstream: any DumpByteStream) {
        self.prefix = prefix
        self.upstream = upstream
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(DumpError) -> Int {
        guard prefix.isEmpty else {
            let count = min(prefix.count, buffer.count)
            prefix.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: count) }
            prefix.removeFirst(count)
            return count
        }
        return try upstream.read(into: buffer)
    }
}
