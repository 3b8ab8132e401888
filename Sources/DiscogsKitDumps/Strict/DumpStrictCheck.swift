/// `--strict`: the elements and attributes of records that no field of the model reads, counted
/// by path over a whole file, so that a change in the dump format (a new element, a renamed
/// attribute) is noticed instead of silently lost.
///
/// ```swift
/// var check = DumpStrictCheck()
/// check.inspect(element)                  // each record element, as read
/// for path in check.unread { print(path.path, path.records, path.firstRecordID ?? 0) }
/// ```
public struct DumpStrictCheck: Sendable {
    /// One path that no field reads.
    public struct UnreadPath: Sendable, Hashable {
        /// `release/tracklist/track/bpm` or `release/labels/label@uuid`.
        public var path: String
        /// Records holding it.
        public var records: Int
        /// The first record holding it (its id, when it has one) and the byte offset there.
        public var firstRecordID: Int?
        /// The byte offset of the first element holding it.
        public var firstOffset: Int
    }

    private var found: [String: UnreadPath] = [:]

    /// An empty check.
    public init() {}

    /// The unread paths so far, most frequent first.
    public var unread: [UnreadPath] {
        found.values.sorted { ($0.records, $1.path) > ($1.records, $0.path) }
    }

    /// Notes every path of `record` that the mapping does not read.
    public mutating func inspect(_ record: DumpElement) {
        guard let known = DumpSchema.read[record.name] else { return }
        var seen = Set<String>()
        let id = record.attribute("id").flatMap { Int($0) } ?? record.string("id").flatMap { Int($0) }
        func visit(_ element: DumpElement, path: String) {
            for name in element.attributes.keys {
                let attribute = path + "@" + name
                if !known.contains(attribute), DumpSchema.ignored[attribute] == nil { note(attribute, element) }
            }
            for child in element.children {
                var childPath = path + "/" + child.name
                // Sub-tracks are tracks: read as the tracklist's.
                if childPath.hasSuffix("/sub_tracks/track") { childPath = record.name + "/tracklist/track" }
                if known.contains(path + "/*") { continue }
                guard known.contains(childPath) || known.contains(childPath + "/*") || DumpSchema.ignored[childPath] != nil else {
                    note(childPath, child)
                    continue
                }
                visit(child, path: childPath)
            }
        }
        func note(_ path: String, _ element: DumpElement) {
            guard seen.insert(path).inserted else { return }
            if found[path] == nil {
                found[path] = UnreadPath(path: path, records: 0, firstRecordID: id, firstOffset: element.offset)
            }
            found[path]!.records += 1
        }
        visit(record, path: record.name)
    }
}
