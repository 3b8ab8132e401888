import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive hold on one output: while a run holds it, another run writing the same output
/// (or resuming it) is refused instead of interleaving its lines with the first one's.
///
/// The hold is an advisory `flock` on `OUTPUT.lock`, so the system drops it when the process
/// ends however it ends — a run killed with `kill -9` leaves nothing that blocks its `--resume`.
/// The (empty) lock file is left in place when the run ends.
///
/// ```swift
/// let lock = try EnrichmentRunLock(files: EnrichmentFiles(output: "items.jsonl"))
/// defer { lock.release() }
/// ```
public final class EnrichmentRunLock: Sendable {
    /// Why the output could not be held.
    public struct LockError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The output.
        public var output: String
        /// What went wrong.
        public var reason: String
        /// `OUTPUT: REASON`.
        public var description: String { "\(output): \(reason)" }
    }

    /// The lock file, `OUTPUT.lock`.
    public let path: String
    /// The locked file's descriptor until ``release()``.
    private let descriptor: Mutex<Int32?>

    /// Takes the hold on `files.output`, without waiting.
    /// - Throws: ``LockError`` when another run holds it or the lock file cannot be opened.
    public init(files: EnrichmentFiles) throws {
        path = files.output + ".lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw LockError(output: files.output, reason: "cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let message = String(cString: strerror(errno))
            close(descriptor)
            throw LockError(output: files.output, reason: busy
                ? "another run is writing it (it holds \(path)); wait for it to end or write elsewhere"
                : "cannot lock \(path): \(message)")
        }
        self.descriptor = Mutex(descriptor)
    }

    /// Lets the hold go; later calls do nothing. Also done when the lock is deinitialised.
    ///
    /// The lock file stays: removing it would let a run waiting on the old file and a run that
    /// creates a new one each hold "the" lock of the same output.
    public func release() {
        descriptor.withLock { held in
            guard let fd = held else { return }
            close(fd)
            held = nil
        }
    }

    deinit {
        release()
    }
}
