import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of one resumable enrichment run: the items, the unmatched targets, the journal
/// (`OUTPUT.checkpoint`) and the spill folder of the release cache (`OUTPUT.cache`).
///
/// ``open(format:resume:)`` starts fresh files, or reopens an interrupted run's files cut back to
/// the last target its journal recorded, so the resumed run appends exactly what the
/// uninterrupted run would have written next.
///
/// ```swift
/// let files = EnrichmentFiles(output: "items.jsonl")
/// let state = try files.checkpoint.load()
/// let resume = state.last == nil || state.isComplete ? nil : state
/// let outputs = try files.open(format: .jsonLines, resume: resume)
/// let summary = try await job.run(rows, outputs: outputs, resume: resume)
/// ```
public struct EnrichmentFiles: Sendable {
    /// Why an interrupted run cannot be resumed.
    public struct ResumeError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file at fault.
        public var path: String
        /// What is wrong with it.
        public var reason: String
        /// `cannot resume: PATH REASON; run without resume to start over.`
        public var description: String { "cannot resume: \(path) \(reason); run without resume to start over." }
    }

    /// The items file.
    public var output: String
    /// The unmatched targets file (JSON Lines).
    public var unmatched: String

    /// Names the files of a run writing `output`; unmatched targets go to `unmatched` (default
    /// `OUTPUT.unmatched.jsonl`).
    public init(output: String, unmatched: String? = nil) {
        self.output = output
        self.unmatched = unmatched ?? output + ".unmatched.jsonl"
    }

    /// The journal, `OUTPUT.checkpoint`.
    public var checkpoint: EnrichmentCheckpoint { EnrichmentCheckpoint(url: URL(fileURLWithPath: output + ".checkpoint")) }

    /// Where the release cache spills, `OUTPUT.cache`; remove it when the run ends.
    public var cacheDirectory: URL { URL(fileURLWithPath: output + ".cache", isDirectory: true) }

    /// What `--resume` continues: the journal's state when it records an unfinished run, or
    /// `nil` when there is nothing to resume and no output to lose (no journal, or one with no
    /// target, and an empty or missing output).
    /// - Parameter identity: the run asking to resume; a journal recording another run (another
    ///   target list, format or setting) is refused, finished or not.
    /// - Throws: ``ResumeError`` when the journal cannot be read, records another run, or when
    ///   the output holds data that no journal entry vouches for: starting over would truncate it.
    public func resumeState(identity: EnrichmentRunIdentity? = nil) throws -> EnrichmentCheckpoint.State? {
        let state = try checkpoint.load()
        // Checked even when no target was recorded (a run killed before its first): resuming
        // it with other settings would start a file the journal says is another run's.
        if let identity, let recorded = state.identity, let difference = identity.difference(from: recorded) {
            throw ResumeError(path: output, reason: difference)
        }
        if state.last != nil { return state }
        for path in [output, unmatched] where FileManager.default.fileExists(atPath: path) {
            let size = try Self.length(path)
            if size > 0 {
                throw ResumeError(path: path, reason: "holds \(size) bytes but no journal vouches for them "
                    + "(\(checkpoint.url.path) is missing or records no target)")
            }
        }
        return nil
    }

    /// Opens the outputs: fresh (truncated) files and a fresh journal recording `identity`, or —
    /// with `resume` — the files of an interrupted run cut back to its last recorded target
    /// (dropping anything half written after it) and its journal cut back to its last whole line.
    /// - Throws: ``ResumeError`` when the run already finished, was another run (its journal
    ///   records another `identity`), or a file the journal counts on is missing or shorter than
    ///   recorded; ``SinkError`` when a file cannot be opened.
    public func open(format: ItemSinkFormat, resume: EnrichmentCheckpoint.State?,
                     identity: EnrichmentRunIdentity? = nil) throws -> EnrichmentJob.Outputs {
        let journal = checkpoint
        if let resume, !resume.hasWorkLeft { throw ResumeError(path: output, reason: "is already complete") }
        if let identity, let recorded = resume?.identity, resume?.last != nil,
           let difference = identity.difference(from: recorded) {
            throw ResumeError(path: output, reason: difference)
        }
        if let last = resume?.continuation {
            try truncate(output, to: last.outputLength)
            try truncate(unmatched, to: last.unmatchedLength)
            try journal.repair()
        } else {
            try journal.reset(identity: identity)
        }
        let mode: FileDestination.Mode = resume?.last == nil ? .truncate : .append
        let sink = try format.makeSink(destination: try FileDestination(path: output, mode: mode),
                                       resuming: (resume?.continuation?.outputLength ?? 0) > 0)
        let writer = UnmatchedWriter(destination: try FileDestination(path: unmatched, mode: mode))
        let output = self.output
        let unmatched = self.unmatched
        return EnrichmentJob.Outputs(sink: sink, unmatched: writer, checkpoint: journal,
                                     lengths: { (try Self.length(output), try Self.length(unmatched)) },
                                     synchronize: { try Self.synchronize(output); try Self.synchronize(unmatched) })
    }

    /// Flushes the file at `path` to the disk (fsync on a descriptor of its own: Linux and the
    /// BSDs write back all of a file's dirty data, whichever descriptor wrote it).
    static func synchronize(_ path: String) throws {
        let fd = openForSync(path)
        guard fd >= 0 else { throw SinkError.writeFailed(destination: path, reason: "cannot open it to sync: \(String(cString: strerror(errno)))") }
        defer { closeAfterSync(fd) }
        guard fsync(fd) == 0 else {
            throw SinkError.writeFailed(destination: path, reason: "cannot sync it to disk: \(String(cString: strerror(errno)))")
        }
    }

    private func truncate(_ path: String, to length: UInt64) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            if length == 0 { return }
            throw ResumeError(path: path, reason: "is missing")
        }
        guard try Self.length(path) >= length else {
            throw ResumeError(path: path, reason: "is shorter than the checkpoint says")
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.truncate(atOffset: length)
    }

    /// The size of the file at `path` in bytes.
    static func length(_ path: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.size] as? NSNumber)?.uint64Value ?? 0
    }
}

// File-scope wrappers: inside EnrichmentFiles, `open` names its own method.
private func openForSync(_ path: String) -> Int32 { open(path, O_RDONLY | O_CLOEXEC) }
private func closeAfterSync(_ fd: Int32) { _ = close(fd) }
