import Foundation
#if canImport(Glibc)
import Glibc
private let streamSocket = Int32(SOCK_STREAM.rawValue)
#elseif canImport(Musl)
import Musl
private let streamSocket = Int32(SOCK_STREAM)
#elseif canImport(Darwin)
import Darwin
private let streamSocket = SOCK_STREAM
#endif

/// A tiny HTTP server on 127.0.0.1 that answers every request with the same raw bytes and then
/// closes the connection: it sends the broken answers (bodies cut short, no reply at all) that
/// `URLSessionTransport` must report as the right ``TransportError`` kind.
///
/// ```swift
/// let server = try RawResponseServer("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{\"id\"")
/// defer { server.stop() }
/// let url = server.url("/releases/1")
/// ```
final class RawResponseServer: Sendable {
    struct SetupError: Error, CustomStringConvertible {
        let description: String
    }

    /// The port chosen by the system.
    let port: UInt16
    private let listener: Int32

    /// Starts listening on a free port of 127.0.0.1 and serves connections on a thread of its own.
    init(_ response: String) throws {
        let fd = socket(AF_INET, streamSocket, 0)
        guard fd >= 0 else { throw SetupError(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
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
        let bytes = Array(response.utf8)
        Thread.detachNewThread { Self.serve(fd, bytes) }
    }

    /// The URL of `path` on this server.
    func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    /// Stops accepting connections (the serving thread ends).
    func stop() {
        _ = shutdown(listener, Int32(SHUT_RDWR))
        _ = close(listener)
    }

    private static func serve(_ listener: Int32, _ response: [UInt8]) {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            readRequestHead(connection)
            var sent = 0
            while sent < response.count {
                let count = response[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { break }
                sent += count
            }
            _ = shutdown(connection, Int32(SHUT_RDWR))
            _ = close(connection)
        }
    }

    /// Reads until the blank line that ends the request's head (the tests send GETs, which have
    /// no body), or until the client closes.
    private static func readRequestHead(_ connection: Int32) {
        let end = Array("\r\n\r\n".utf8)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while received.count < 4 || !received.indices.dropLast(3).contains(where: { received[$0..<$0 + 4].elementsEqual(end) }) {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return }
            received += buffer[0..<count]
        }
    }
}
