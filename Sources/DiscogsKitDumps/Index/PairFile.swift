import DiscogsKit
import Foundation

/// A file of sorted 16-byte pairs (a 64-bit key, a 64-bit value, little-endian), read through a
/// memory map: what the dump index keeps its lookups in. A lookup is a binary search, so an index
/// of any size answers in microseconds and costs only the pages it touches.
struct PairFile: Sendable {
    static let pairSize = 16
    let data: Data

    /// Maps `path`; its length must be a whole number of pairs.
    init(path: String) throws(DumpError) {
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw DumpError(.unreadable, "cannot read the index file \(path): \(error.localizedDescription)")
        }
        guard data.count % Self.pairSize == 0 else {
            throw DumpError(.unreadable, "the index file \(path) is damaged: \(data.count) bytes is not a whole number of entries")
        }
    }

    var count: Int { data.count / Self.pairSize }

    /// The values of every pair whose key is `key`, in file order, at most `limit`.
    func values(for key: UInt64, limit: Int = .max) -> [UInt64] {
        data.withUnsafeBytes { raw -> [UInt64] in
            func keyAt(_ index: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * Self.pairSize, as: UInt64.self)) }
            var low = 0
            var high = raw.count / Self.pairSize
            while low < high {
                let middle = (low + high) / 2
                if keyAt(middle) < key { low = middle + 1 } else { high = middle }
            }
            var out: [UInt64] = []
            var index = low
            while index < raw.count / Self.pairSize, out.count < limit, keyAt(index) == key {
                out.append(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * Self.pairSize + 8, as: UInt64.self)))
                index += 1
            }
            return out
        }
    }
}

/// Sorts any number of pairs in bounded memory and writes them as a ``PairFile``: pairs are
/// gathered in a buffer of `bufferPairs`, each full buffer is sorted and written as a run, and
/// the runs are merged at the end (an external merge sort).
struct PairFileWriter {
    private let folder: URL
    private let bufferPairs: Int
    private var buffer: [(UInt64, UInt64)] = []
    private var runs: [URL] = []
    private(set) var count = 0

    init(temporaryFolder: URL, bufferPairs: Int = 1 << 21) {
        folder = temporaryFolder
        self.bufferPairs = bufferPairs
        buffer.reserveCapacity(min(bufferPairs, 1 << 16))
    }

    mutating func append(_ key: UInt64, _ value: UInt64) throws {
        buffer.append((key, value))
        count += 1
        if buffer.count >= bufferPairs { try spill() }
    }

    private mutating func spill() throws {
        guard !buffer.isEmpty else { return }
        buffer.sort { $0 < $1 }
        let url = folder.appendingPathComponent("run-\(runs.count).pairs")
        var bytes = [UInt8]()
        bytes.reserveCapacity(buffer.count * PairFile.pairSize)
        for (key, value) in buffer {
            withUnsafeBytes(of: key.littleEndian) { bytes.append(contentsOf: $0) }
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        try Data(bytes).write(to: url)
        runs.append(url)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Merges every run into `path` (sorted by key, then value) and removes the runs.
    mutating func finish(to path: String) throws {
        try spill()
        let destination = try FileDestination(path: path)
        var readers = try runs.map { try RunReader(url: $0) }
        var out = [UInt8]()
        out.reserveCapacity(1 << 20)
        // Few runs (one per 2 M pairs): a linear pick of the smallest head is fast enough.
        while true {
            var best: Int?
            for index in readers.indices {
                guard let head = readers[index].head else { continue }
                if best == nil || head < readers[best!].head! { best = index }
            }
            guard let chosen = best, let (key, value) = readers[chosen].head else { break }
            withUnsafeBytes(of: key.littleEndian) { out.append(contentsOf: $0) }
            withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
            if out.count >= 1 << 20 {
                try destination.write(out)
                out.removeAll(keepingCapacity: true)
            }
            try readers[chosen].advance()
        }
        try destination.write(out)
        try destination.close()
        for run in runs { try? FileManager.default.removeItem(at: run) }
        runs = []
    }

    /// One sorted run, read in 1 MB blocks.
    private struct RunReader {
        let handle: FileHandle
        var block: [UInt8] = []
        var offset = 0
        var head: (UInt64, UInt64)?

        init(url: URL) throws {
            handle = try FileHandle(forReadingFrom: url)
            try advance()
        }

        mutating func advance() throws {
            if offset + PairFile.pairSize > block.count {
                block = [UInt8](try handle.read(upToCount: 1 << 20) ?? Data())
                offset = 0
                guard block.count >= PairFile.pairSize else {
                    head = nil
                    try handle.close()
                    return
                }
            }
            head = block.withUnsafeBytes { raw in
                (UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
                 UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
            }
            offset += PairFile.pairSize
        }
    }
}
