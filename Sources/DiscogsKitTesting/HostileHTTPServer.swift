import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
private let streamSocket = Int32(SOCK_STREAM.rawValue)
private let noSignal = Int32(MSG_NOSIGNAL)
#elseif canImport(Musl)
import Musl
private let streamSocket = Int32(SOCK_STREAM)
private let noSignal = Int32(MSG_NOSIGNAL)
#elseif canImport(Darwin)
import Darwin
private let streamSocket = SOCK_STREAM
private let noSignal: Int32 = 0 // Darwin has no MSG_NOSIGNAL: each socket gets SO_NOSIGPIPE instead
#endif

/// An HTTP server on 127.0.0.1 that answers by script: well, badly or not at all.
///
/// It sends the broken answers a ``Transport`` (or a service built on DiscogsKit) must survive
/// (cut status lines and headers, resets, garbage, gzip bombs) and counts the connections and
/// requests it saw, so a test can prove that connections are reused and that nothing was sent
/// behind the caller's back.
///
/// ```swift
/// let server = try HostileHTTPServer([.respond(HostileHTTPServer.ok("{}"), close: false), .close])
/// defer { server.stop() }
/// let client = try DiscogsClient(configuration: .init(baseURL: server.url("/"), userAgent: "Test/1.0"))
/// ```
public final class HostileHTTPServer: Sendable {
    /// What to do with one request (the n-th request the server reads gets the n-th action; the
    /// last action repeats).
    public enum Action: Sendable {
        /// Write these bytes; then close the connection, or keep it for the next request.
        case respond([UInt8], close: Bool)
        /// Close without answering.
        case close
        /// Close with a TCP reset (SO_LINGER 0).
        case reset
        /// Write these bytes, then say nothing more for this long, then close.
        case stall([UInt8], seconds: Double)
        /// Write these bytes, then close with a TCP reset.
        case respondThenReset([UInt8])
        /// Answer 200 with the request itself (head and body) as the body, keeping the connection.
        case echo

        /// `respond` with text, closing the connection.
        public static func raw(_ text: String) -> Action { .respond(Array(text.utf8), close: true) }
    }

    /// The server could not start listening.
    public struct SetupError: Error, CustomStringConvertible {
        /// What failed.
        public let description: String
    }

    /// The port chosen by the system.
    public let port: UInt16
    private let listener: Int32
    private let script: [Action]
    private let counters = Mutex((connections: 0, requests: 0))
    private let stopped = Atomic<Bool>(false)

    /// Starts listening on a free port of 127.0.0.1; each connection is served on a thread.
    /// - Throws: ``SetupError`` when no socket could be bound.
    public init(_ script: [Action]) throws {
        precondition(!script.isEmpty, "a script needs at least one action")
        self.script = script
        let fd = socket(AF_INET, streamSocket, 0)
        guard fd >= 0 else { throw SetupError(description: "socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw SetupError(description: "bind/listen: \(reason)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = fd
        Thread.detachNewThread { self.acceptLoop() }
    }

    /// A server that answers every request with `text` and closes.
    public convenience init(_ text: String) throws {
        try self.init([.raw(text)])
    }

    /// The URL of `path` on this server.
    public func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    /// The connections accepted so far.
    public var connections: Int { counters.withLock { $0.connections } }
    /// The requests read so far.
    public var requests: Int { counters.withLock { $0.requests } }

    /// Stops accepting connections.
    public func stop() {
        stopped.store(true, ordering: .relaxed)
        _ = shutdown(listener, Int32(SHUT_RDWR))
        _ = close(listener)
    }

    /// A complete keep-alive 200 answer with a JSON body.
    public static func ok(_ body: String, extraHeaders: String = "") -> [UInt8] {
        Array(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n"
            + extraHeaders + "\r\n" + body).utf8)
    }

    private func acceptLoop() {
        while !stopped.load(ordering: .relaxed) {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            counters.withLock { $0.connections += 1 }
            Thread.detachNewThread { self.serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        defer { _ = close(connection) }
        #if canImport(Darwin)
        var one: Int32 = 1
        _ = setsockopt(connection, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        while let request = readRequest(connection) {
            let index = counters.withLock { counters in
                counters.requests += 1
                return counters.requests - 1
            }
            switch script[min(index, script.count - 1)] {
            case .respond(let bytes, let closeAfter):
                guard write(connection, bytes) else { return }
                if closeAfter {
                    _ = shutdown(connection, Int32(SHUT_RDWR))
                    return
                }
            case .close:
                _ = shutdown(connection, Int32(SHUT_RDWR))
                return
            case .reset:
                reset(connection)
                return
            case .stall(let bytes, let seconds):
                _ = write(connection, bytes)
                Thread.sleep(forTimeInterval: seconds)
                _ = shutdown(connection, Int32(SHUT_RDWR))
                return
            case .respondThenReset(let bytes):
                _ = write(connection, bytes)
                reset(connection)
                return
            case .echo:
                let head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: \(request.count)\r\n\r\n"
                guard write(connection, Array(head.utf8) + request) else { return }
            }
        }
    }

    /// Makes the coming close send a TCP reset.
    private func reset(_ connection: Int32) {
        var option = linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(connection, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
    }

    private func write(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, noSignal) }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    /// Reads one request's head and its Content-Length body; `nil` when the client closed.
    private func readRequest(_ connection: Int32) -> [UInt8]? {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end: [UInt8] = [13, 10, 13, 10]
        var headEnd: Int?
        while headEnd == nil {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            received += buffer[0..<count]
            if received.count >= 4 {
                headEnd = (0...(received.count - 4)).first { received[$0..<$0 + 4].elementsEqual(end) }
            }
        }
        let head = String(decoding: received[0..<headEnd!], as: UTF8.self).lowercased()
        let length = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        var bodyBytes = received.count - (headEnd! + 4)
        while bodyBytes < length {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            received += buffer[0..<count]
            bodyBytes += count
        }
        return received
    }
}
