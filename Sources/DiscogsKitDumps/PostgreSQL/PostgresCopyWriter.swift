import DiscogsKit
import Foundation

/// Writes dump records as PostgreSQL COPY files into a folder: one `TABLE.tsv` per table of the
/// kind (``PostgresSchema/tables(for:)``), `schema.sql`, and `load-KIND.sql`, the idempotent
/// truncate-and-load that psql runs in that folder. Each file also loads on its own with
/// `psql -c "\copy TABLE from stdin" < TABLE.tsv`.
///
/// ```swift
/// var writer = try PostgresCopyWriter(folder: "out", kind: "releases")
/// while let release = try reader.next() { try writer.write(release) }
/// try writer.close()
/// writer.rowCounts["release_tracks"]   // rows written per table
/// ```
public struct PostgresCopyWriter {
    /// The dump kind written (`releases`, `masters`, `artists` or `labels`).
    public let kind: String
    /// The kind's tables, in file order.
    public let tables: [PostgresTable]
    private let files: [FileDestination]
    private var buffers: [[UInt8]]
    private var counts: [Int]

    /// Creates `folder` if needed and opens the kind's files there (replacing earlier ones).
    /// - Throws: ``SinkError`` naming the file that could not be written, or an unknown kind.
    public init(folder: String, kind: String) throws {
        guard PostgresSchema.kinds.contains(kind) else {
            throw SinkError.invalidConfiguration("unknown dump kind \"\(kind)\"; expected one of \(PostgresSchema.kinds.joined(separator: ", "))")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SinkError.invalidConfiguration("cannot create the folder \(folder): \(error.localizedDescription)")
        }
        let url = URL(fileURLWithPath: folder)
        try Data(PostgresSchema.schemaScript.utf8).writeReportingPath(to: url.appendingPathComponent("schema.sql"))
        try Data(PostgresSchema.loadScript(for: kind).utf8).writeReportingPath(to: url.appendingPathComponent("load-\(kind).sql"))
        self.kind = kind
        tables = PostgresSchema.tables(for: kind)
        files = try tables.map { try FileDestination(path: url.appendingPathComponent($0.fileName).path) }
        buffers = Array(repeating: [], count: tables.count)
        counts = Array(repeating: 0, count: tables.count)
    }

    /// Rows written so far, by table name.
    public var rowCounts: [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(tables.map(\.name), counts))
    }

    /// Writes one release's rows (a `releases` writer only).
    public mutating func write(_ release: Release) throws { try expect("releases"); try PostgresCopyRows.release(release, emit: { try self.emit($0, $1) }) }
    /// Writes one master's rows (a `masters` writer only).
    public mutating func write(_ master: Master) throws { try expect("masters"); try PostgresCopyRows.master(master, emit: { try self.emit($0, $1) }) }
    /// Writes one artist's rows (an `artists` writer only).
    public mutating func write(_ artist: Artist) throws { try expect("artists"); try PostgresCopyRows.artist(artist, emit: { try self.emit($0, $1) }) }
    /// Writes one label's rows (a `labels` writer only).
    public mutating func write(_ label: Label) throws { try expect("labels"); try PostgresCopyRows.label(label, emit: { try self.emit($0, $1) }) }

    /// Writes what is buffered and closes every file.
    public mutating func close() throws {
        for index in files.indices {
            try files[index].write(buffers[index])
            try files[index].close()
            buffers[index] = []
        }
    }

    private func expect(_ written: String) throws {
        guard kind == written else { throw SinkError.invalidConfiguration("a \(kind) COPY writer cannot write \(written)") }
    }

    private mutating func emit(_ table: Int, _ row: PostgresCopyRow) throws {
        buffers[table].append(contentsOf: row.bytes)
        counts[table] += 1
        if buffers[table].count >= 1 << 16 {
            try files[table].write(buffers[table])
            buffers[table].removeAll(keepingCapacity: true)
        }
    }
}

extension Data {
    fileprivate func writeReportingPath(to url: URL) throws {
        do {
            try write(to: url, options: .atomic)
        } catch {
            throw SinkError.invalidConfiguration("cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}
