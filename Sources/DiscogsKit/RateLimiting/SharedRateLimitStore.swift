import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The recent request slots of every cooperating process on this machine, in a small state file
/// locked with `flock`: Discogs counts requests per source address, so processes that share the
/// file share one budget.
///
/// ### Use
/// ```swift
/// var configuration = DiscogsClient.Configuration(userAgent: "SongNodes/1.0 +https://songnodes.example")
/// configuration.sharedRateLimitFile = SharedRateLimitStore.defaultFileURL(for: configuration.baseURL)
/// // ~/.cache/discogskit/ratelimit-api.discogs.com.state
/// ```
///
/// ### Crash safety
/// A slot is only a pair of wall-clock times (admitted, expires); nothing has to be released.
/// A slot still in flight is written with a provisional expiry (one window plus the request
/// timeout after admission) and shortened when its answer arrives, so a process killed mid-way
/// leaks nothing past that time. The kernel drops the `flock` of a dead process. A file whose
/// header is not this format's is reset; unreadable lines (a write cut short) are skipped; an
/// expiry implausibly far in the future (after a wall-clock jump) is dropped.
///
/// ### When the file cannot be used
/// An update that cannot lock, read or write the file throws, and ``RateLimiter`` then admits
/// nothing: it waits and tries again, so no process ever sends a request the others cannot see.
///
/// The file holds no credentials: only owner numbers and times.
public final class SharedRateLimitStore: Sendable {
    /// One slot in the file. Times are seconds since 1970 (wall clock, shared by processes).
    public struct Entry: Sendable, Hashable {
        /// The store instance (process) that holds the slot.
        public var owner: UInt64
        /// The owner's slot number.
        public var token: UInt64
        /// When the slot was admitted.
        public var admitted: Double
        /// When it stops counting (provisional while the request is in flight).
        public var expires: Double

        /// Creates an entry.
        public init(owner: UInt64, token: UInt64, admitted: Double, expires: Double) {
            self.owner = owner
            self.token = token
            self.admitted = admitted
            self.expires = expires
        }
    }

    /// Why the file could not be used.
    public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file.
        public var path: String
        /// What failed, e.g. `open`, `lock`, `write`.
        public var operation: String
        /// The system's reason.
        public var reason: String

        /// "cannot lock the shared rate-limit file /…/ratelimit-api.discogs.com.state: …"
        public var description: String { "cannot \(operation) the shared rate-limit file \(path): \(reason)" }
    }

    static let header = "discogskit-ratelimit v1"

    /// The state file.
    public let fileURL: URL
    /// This instance's owner number, written with its slots.
    public let owner: UInt64
    /// Entries expiring later than this after now are treated as corrupt and dropped.
    public let maximumHold: Duration
    private let descriptor: Mutex<Int32>
    private let wallClock: @Sendable () -> Date

    /// Opens (creating if needed, with its folders) the state file at `fileURL`.
    /// - Parameters:
    ///   - maximumHold: the longest a valid slot can still count. Default: 10 minutes.
    ///   - wallClock: the shared time base. Default: the system's wall clock; tests inject one.
    /// - Throws: ``StoreError`` when the folder or the file cannot be created or opened.
    public init(fileURL: URL, maximumHold: Duration = .seconds(600),
                wallClock: @escaping @Sendable () -> Date = { Date() }) throws(StoreError) {
        self.fileURL = fileURL
        self.maximumHold = maximumHold
        self.wallClock = wallClock
        var generator = SystemRandomNumberGenerator()
        owner = UInt64.random(in: 1...UInt64.max, using: &generator)
        let folder = fileURL.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError(path: fileURL.path, operation: "create the folder of", reason: error.localizedDescription)
        }
        let fd = open(fileURL.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw StoreError(path: fileURL.path, operation: "open", reason: String(cString: strerror(errno)))
        }
        descriptor = Mutex(fd)
    }

    deinit {
        descriptor.withLock { _ = close($0) }
    }

    /// The wall-clock time the store uses.
    public var now: Date { wallClock() }

    /// Locks the file, reads its unexpired entries, lets `body` change them, writes them back and
    /// unlocks. It never waits for the lock: when another process holds it (for microseconds,
    /// or for ever if that process was stopped) the update fails at once with operation `lock`,
    /// and the caller tries again later, so no thread is parked.
    /// - Throws: ``StoreError`` when the file is locked by another process, cannot be read or
    ///   written, or held another format (it is then reset, and `body` does not run: what the
    ///   file held is unknown), or what `body` throws.
    public func update<R>(_ body: (inout [Entry], Date) throws -> R) throws -> R {
        try descriptor.withLock { fd in
            try lock(fd)
            defer { _ = flock(fd, LOCK_UN) }
            let now = wallClock()
            guard var entries = try read(fd, now: now) else {
                try write(fd, [])
                throw StoreError(path: fileURL.path, operation: "read",
                                 reason: "it did not start with “\(Self.header)”, so it was reset")
            }
            let result = try body(&entries, now)
            try write(fd, entries.filter { $0.expires > now.timeIntervalSince1970 })
            return result
        }
    }

    /// The unexpired entries, read under the lock.
    /// - Throws: ``StoreError``.
    public func entries() throws -> [Entry] {
        try update { entries, _ in entries }
    }

    /// `$XDG_CACHE_HOME/discogskit/ratelimit-<host>.state`, or `~/.cache/discogskit/…` when
    /// `XDG_CACHE_HOME` is unset: the file the CLI shares by default. The host keeps its port
    /// (`127.0.0.1_8080`) so separate emulators keep separate budgets.
    public static func defaultFileURL(for baseURL: URL,
                                      environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let cache: URL
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            cache = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            cache = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache", isDirectory: true)
        }
        var host = baseURL.host ?? "unknown-host"
        if let port = baseURL.port { host += "_\(port)" }
        let safe = String(host.unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar) ? Character(scalar) : "_"
        })
        return cache.appendingPathComponent("discogskit", isDirectory: true)
            .appendingPathComponent("ratelimit-\(safe).state", isDirectory: false)
    }

    // MARK: - File I/O

    private func lock(_ fd: Int32) throws(StoreError) {
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let reason = errno == EWOULDBLOCK ? "another process holds its lock" : String(cString: strerror(errno))
            throw StoreError(path: fileURL.path, operation: "lock", reason: reason)
        }
    }

    /// The unexpired entries, or `nil` when the file holds another format.
    private func read(_ fd: Int32, now: Date) throws(StoreError) -> [Entry]? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(bytes.count)) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else {
                throw StoreError(path: fileURL.path, operation: "read", reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        return Self.parse(String(decoding: bytes, as: UTF8.self), now: now.timeIntervalSince1970,
                          maximumHold: maximumHold.seconds)
    }

    private func write(_ fd: Int32, _ entries: [Entry]) throws(StoreError) {
        let text = Self.render(entries)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(written)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                throw StoreError(path: fileURL.path, operation: "write", reason: String(cString: strerror(errno)))
            }
            written += count
        }
        // Written first, cut after: a crash in between leaves extra old lines, never a lost slot.
        guard ftruncate(fd, off_t(bytes.count)) == 0 else {
            throw StoreError(path: fileURL.path, operation: "truncate", reason: String(cString: strerror(errno)))
        }
    }

    /// Reads the file's text: unexpired, plausible entries; none for an empty (new) file; `nil`
    /// when the header is foreign.
    static func parse(_ text: String, now: Double, maximumHold: Double) -> [Entry]? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let first = lines.first else { return [] }
        guard first == Self.header else { return nil }
        lines.removeFirst()
        return lines.compactMap { line -> Entry? in
            let fields = line.split(separator: " ")
            guard fields.count == 4, let owner = UInt64(fields[0], radix: 16), let token = UInt64(fields[1]),
                  let admitted = Double(fields[2]), let expires = Double(fields[3]),
                  admitted.isFinite, expires.isFinite, expires >= admitted,
                  expires > now, expires <= now + maximumHold else { return nil }
            return Entry(owner: owner, token: token, admitted: admitted, expires: expires)
        }
    }

    static func render(_ entries: [Entry]) -> String {
        var text = Self.header + "\n"
        for entry in entries {
            text += "\(String(entry.owner, radix: 16)) \(entry.token) \(entry.admitted) \(entry.expires)\n"
        }
        return text
    }
}
