import DiscogsKit
import Foundation

/// Builds a ``DumpIndex`` folder from releases dumps, in bounded memory whatever their size:
/// each release is stored once (its JSON, as the API's field names, and the search-result
/// summary the ranking reads), and its lookup keys and id go through external sorts.
///
/// ```swift
/// var builder = try DumpIndexBuilder(folder: "index")
/// var reader = try DumpReader.releases(path: "discogs_20200806_releases.xml.gz")
/// while let release = try reader.next() { try builder.add(release) }
/// let summary = try builder.finish(sources: ["discogs_20200806_releases.xml.gz"])
/// ```
public struct DumpIndexBuilder {
    /// What a finished build holds.
    public struct Summary: Sendable, Hashable, Codable {
        /// The index format's version.
        public var format: Int
        /// Releases stored (a release met twice is stored once: the later copy wins).
        public var releases: Int
        /// Lookup keys written.
        public var keys: Int
        /// The dump files it was built from, as given.
        public var sources: [String]
    }

    static let formatVersion = 1
    private let folder: URL
    private let staging: URL
    private let records: FileDestination
    private var recordOffset = 0
    private var ids: PairFileWriter
    private var keys: PairFileWriter
    private var seen = 0
    private let encoder = JSONEncoder()

    /// Starts a build in `folder` (created if needed; an earlier index there is replaced when
    /// ``finish(sources:)`` succeeds).
    public init(folder: String) throws {
        self.folder = URL(fileURLWithPath: folder)
        staging = self.folder.appendingPathComponent(".building-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw SinkError.invalidConfiguration("cannot create the index folder \(folder): \(error.localizedDescription)")
        }
        records = try FileDestination(path: staging.appendingPathComponent(DumpIndex.recordsFile).path)
        ids = PairFileWriter(temporaryFolder: staging, bufferPairs: 1 << 20)
        keys = PairFileWriter(temporaryFolder: staging)
        encoder.outputFormatting = [.sortedKeys]
    }

    /// Stores `release` and its keys.
    public mutating func add(_ release: Release) throws {
        guard release.id > 0 else { return }
        let json = try encoder.encode(release)
        let summary = try encoder.encode(DumpIndex.summary(of: release))
        var bytes = [UInt8]()
        bytes.reserveCapacity(json.count + summary.count + 8)
        withUnsafeBytes(of: UInt32(json.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: json)
        withUnsafeBytes(of: UInt32(summary.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: summary)
        try records.write(bytes)
        try ids.append(UInt64(release.id), UInt64(recordOffset))
        recordOffset += bytes.count
        for key in IndexKeys.keys(of: release) { try keys.append(key, UInt64(release.id)) }
        seen += 1
    }

    /// Sorts the keys, writes the manifest and moves the finished index into the folder.
    @discardableResult
    public mutating func finish(sources: [String]) throws -> Summary {
        try records.close()
        try ids.finish(to: staging.appendingPathComponent(DumpIndex.idsFile).path)
        try keys.finish(to: staging.appendingPathComponent(DumpIndex.keysFile).path)
        let summary = Summary(format: Self.formatVersion, releases: seen, keys: keys.count, sources: sources)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(summary).write(to: staging.appendingPathComponent(DumpIndex.manifestFile))
        let manager = FileManager.default
        for name in [DumpIndex.recordsFile, DumpIndex.idsFile, DumpIndex.keysFile, DumpIndex.manifestFile] {
            let target = folder.appendingPathComponent(name)
            if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
            try manager.moveItem(at: staging.appendingPathComponent(name), to: target)
        }
        try? manager.removeItem(at: staging)
        return summary
    }
}
