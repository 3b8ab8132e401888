import DiscogsKit

/// Streams the records of one monthly Discogs dump file as the API's models, one record in
/// memory at a time whatever the file's size.
///
/// ```swift
/// var reader = try DumpReader.releases(path: "discogs_20260101_releases.xml.gz")
/// while let release = try reader.next() {            // the synchronous fast path
///     print(release.id, release.title)
/// }
/// for try await master in try DumpReader.masters(path: "masters.xml.gz").records { … }
/// ```
///
/// A record-level problem (a field that must be a number and is not) throws a ``DumpError`` with
/// the record's id and byte offset, after which ``next()`` goes on with the next record (what
/// `--keep-going` does); broken XML or compression ends the reading.
public struct DumpReader<Record: Sendable> {
    /// The element name of each record (`release`, `master`, `artist`, `label`).
    public let recordElement: String
    private var elements: DumpElementReader
    private let map: (DumpElement) throws(DumpError) -> Record
    private var checkedRoot = false
    private let rootElement: String
    /// With a check set (`--strict`), every record is also inspected for elements and attributes
    /// that no field reads; read ``DumpStrictCheck/unread`` at the end.
    public var strict: DumpStrictCheck?

    init(_ stream: any DumpByteStream, root: String, record: String,
         map: @escaping (DumpElement) throws(DumpError) -> Record) {
        elements = DumpElementReader(stream)
        rootElement = root
        recordElement = record
        self.map = map
    }

    /// The byte offset reached in the XML.
    public var offset: Int { elements.offset }

    /// The next record, or `nil` at the end of the file.
    /// - Throws: ``DumpError``: `badValue` for this record (the next call reads the next one),
    ///   `unknownElement` for an element that is not a record of this kind (also skippable),
    ///   `malformedXML` or `corruptCompression` (the end: nothing more can be read).
    public mutating func next() throws(DumpError) -> Record? {
        guard let element = try elements.next() else { return nil }
        if !checkedRoot, let root = elements.rootName {
            checkedRoot = true
            guard root == rootElement else {
                throw DumpError(.unknownElement, "the file's root is <\(root)>, not <\(rootElement)>: is it a \(root) dump?",
                                byteOffset: 0)
            }
        }
        guard element.name == recordElement else {
            throw DumpError(.unknownElement, "<\(element.name)> where a <\(recordElement)> was expected",
                            byteOffset: element.offset)
        }
        strict?.inspect(element)
        return try map(element)
    }

    /// The records as an `AsyncSequence`: each step reads the file on the calling task.
    public var records: DumpRecords<Record> { DumpRecords(reader: self) }
}

extension DumpReader where Record == Release {
    /// A releases dump (`<releases><release …>`) from any byte stream (decompressed if gzip).
    public static func releases(_ stream: any DumpByteStream) throws(DumpError) -> DumpReader<Release> {
        DumpReader(try DumpInput.decompressingIfNeeded(stream), root: "releases", record: "release", map: DumpRecordMapping.release)
    }

    /// A releases dump file (`.xml` or `.xml.gz`), or standard input for `-`.
    public static func releases(path: String) throws(DumpError) -> DumpReader<Release> {
        DumpReader(try DumpInput.open(path), root: "releases", record: "release", map: DumpRecordMapping.release)
    }
}

extension DumpReader where Record == Master {
    /// A masters dump from any byte stream (decompressed if gzip).
    public static func masters(_ stream: any DumpByteStream) throws(DumpError) -> DumpReader<Master> {
        DumpReader(try DumpInput.decompressingIfNeeded(stream), root: "masters", record: "master", map: DumpRecordMapping.master)
    }

    /// A masters dump file, or standard input for `-`.
    public static func masters(path: String) throws(DumpError) -> DumpReader<Master> {
        DumpReader(try DumpInput.open(path), root: "masters", record: "master", map: DumpRecordMapping.master)
    }
}

extension DumpReader where Record == Artist {
    /// An artists dump from any byte stream (decompressed if gzip).
    public static func artists(_ stream: any DumpByteStream) throws(DumpError) -> DumpReader<Artist> {
        DumpReader(try DumpInput.decompressingIfNeeded(stream), root: "artists", record: "artist", map: DumpRecordMapping.artist)
    }

    /// An artists dump file, or standard input for `-`.
    public static func artists(path: String) throws(DumpError) -> DumpReader<Artist> {
        DumpReader(try DumpInput.open(path), root: "artists", record: "artist", map: DumpRecordMapping.artist)
    }
}

extension DumpReader where Record == Label {
    /// A labels dump from any byte stream (decompressed if gzip).
    public static func labels(_ stream: any DumpByteStream) throws(DumpError) -> DumpReader<Label> {
        DumpReader(try DumpInput.decompressingIfNeeded(stream), root: "labels", record: "label", map: DumpRecordMapping.label)
    }

    /// A labels dump file, or standard input for `-`.
    public static func labels(path: String) throws(DumpError) -> DumpReader<Label> {
        DumpReader(try DumpInput.open(path), root: "labels", record: "label", map: DumpRecordMapping.label)
    }
}

/// A dump's records as an `AsyncSequence` (see ``DumpReader/records``).
public struct DumpRecords<Record: Sendable>: AsyncSequence {
    /// A record.
    public typealias Element = Record
    fileprivate let reader: DumpReader<Record>

    /// The iterator.
    public struct AsyncIterator: AsyncIteratorProtocol {
        fileprivate var reader: DumpReader<Record>

        /// The next record, or `nil` at the end.
        /// - Throws: ``DumpError``.
        public mutating func next() async throws -> Record? {
            try Task.checkCancellation()
            return try reader.next()
        }
    }

    /// An iterator over the records.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(reader: reader) }
}
