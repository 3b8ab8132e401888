import CDiscogsZlib

/// The decompressed bytes of a gzip stream (a `.xml.gz` dump), through zlib loaded at run time.
/// Concatenated gzip members are read one after another; a stream that ends inside a member is
/// an error, as is corrupt data (with the compressed offset where zlib stopped).
public final class GunzipByteStream: DumpByteStream {
    private let upstream: any DumpByteStream
    private let stream: OpaquePointer
    private var input = [UInt8](repeating: 0, count: 1 << 18)
    private var inputStart = 0
    private var inputEnd = 0
    private var upstreamEnded = false
    private var memberEnded = false
    private var finished = false

    /// Decompresses `upstream`.
    /// - Throws: ``DumpError`` `unreadable` when zlib cannot be loaded.
    public init(_ upstream: any DumpByteStream) throws(DumpError) {
        guard let stream = dk_gunzip_new() else {
            throw DumpError(.unreadable, "cannot decompress gzip: " + String(cString: dk_zlib_load_error()))
        }
        self.upstream = upstream
        self.stream = stream
    }

    deinit { dk_gunzip_free(stream) }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(DumpError) -> Int {
        while !finished {
            if inputStart == inputEnd, !upstreamEnded {
                inputStart = 0
                inputEnd = try upstream.read(into: &input, from: 0)
                if inputEnd == 0 { upstreamEnded = true }
            }
            if memberEnded {
                // After a member: the end, or the next member.
                guard inputStart < inputEnd else {
                    finished = true
                    return 0
                }
                guard dk_gunzip_reset(stream) == 0 else { throw failure("zlib could not start the next member") }
                memberEnded = false
            }
            var consumed = 0
            var produced = 0
            let status = input.withUnsafeBytes { source in
                dk_gunzip_step(stream, source.baseAddress!.assumingMemoryBound(to: UInt8.self) + inputStart,
                               inputEnd - inputStart, &consumed,
                               buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), buffer.count, &produced)
            }
            inputStart += consumed
            switch status {
            case Int32(DK_GUNZIP_ERROR):
                throw failure(String(cString: dk_gunzip_message(stream)))
            case Int32(DK_GUNZIP_MEMBER_END):
                memberEnded = true
            default:
                if produced == 0, consumed == 0, upstreamEnded, inputStart == inputEnd {
                    throw failure("the file ends in the middle of the compressed data (truncated)")
                }
            }
            if produced > 0 { return produced }
        }
        return 0
    }

    private func failure(_ message: String) -> DumpError {
        DumpError(.corruptCompression, "\(message) (at compressed byte \(dk_gunzip_total_in(stream)))")
    }
}
