import DiscogsKit
import Foundation

/// A broken answer a transport, and a service built on DiscogsKit, must survive: what the
/// ``HostileHTTPServer`` does, and the ``TransportError`` kind DiscogsKit's transports report
/// for it.
///
/// ```swift
/// @Test(arguments: HostileAnswer.all)
/// func survives(_ answer: HostileAnswer) async throws {
///     let server = try HostileHTTPServer(answer.script)
///     defer { server.stop() }
///     // point the service at server.url("/") and expect a clean error
/// }
/// ```
public struct HostileAnswer: Sendable, CustomStringConvertible {
    /// What the server does, e.g. `closed mid-headers`.
    public let name: String
    /// The server's script.
    public let script: [HostileHTTPServer.Action]
    /// The kind ``CurlTransport`` reports.
    public let expected: TransportError.Kind
    /// Whether FoundationNetworking survives it (some of these answers abort the process there).
    public let urlSessionSurvives: Bool

    /// The name.
    public var description: String { name }

    /// The small JSON body the well-formed answers carry.
    public static let json = #"{"id": 1, "title": "Castles In The Sky"}"#

    /// A bundled resource's bytes, or none: `zeros-8MiB.gz` (8 MiB of the digit 0 at gzip level 9,
    /// 8 kB: Python's `gzip.compress(b'0' * (8 << 20), 9)`) and `release-1.json.gz` (``json``).
    public static func resource(_ name: String) -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else { return [] }
        return Array(data)
    }

    /// A 200 answer whose body is `body`, declared gzip-encoded.
    public static func gzipAnswer(_ body: [UInt8]) -> [UInt8] {
        Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// 4 MB of header fields (many lines, each within every parser's line limit).
    public static let hugeHeader: String = {
        let line = "X-Filler: " + String(repeating: "a", count: 990) + "\r\n"
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + String(repeating: line, count: 4_000)
            + "Content-Length: 2\r\n\r\n{}"
    }()

    /// Every broken answer: cut status lines, headers and bodies, resets, silence, garbage, bad
    /// status codes, bad and exploding gzip bodies, a 4 MB header and a stall (expected to end as
    /// a timeout within a 2-second request timeout).
    public static let all: [HostileAnswer] = [
        HostileAnswer(name: "closed mid-status-line", script: [.raw("HTTP/1.1 20")],
                      expected: .connectionLost, urlSessionSurvives: false),
        HostileAnswer(name: "closed mid-headers", script: [.raw("HTTP/1.1 200 OK\r\nContent-Type: applic")],
                      expected: .connectionLost, urlSessionSurvives: false),
        HostileAnswer(name: "closed mid-body", script: [.raw(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"id\": 1, \"tit")],
                      expected: .truncatedBody, urlSessionSurvives: true),
        HostileAnswer(name: "chunked body cut short", script: [.raw(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n{\"id\": 1, \"tit")],
                      expected: .truncatedBody, urlSessionSurvives: true),
        HostileAnswer(name: "broken chunk size", script: [.raw(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")],
                      expected: .malformedResponse, urlSessionSurvives: false),
        HostileAnswer(name: "TCP reset before answering", script: [.reset],
                      expected: .connectionLost, urlSessionSurvives: true),
        HostileAnswer(name: "TCP reset mid-body", script: [.respondThenReset(Array(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"id\": 1".utf8))],
                      expected: .truncatedBody, urlSessionSurvives: true),
        HostileAnswer(name: "silent close", script: [.close],
                      expected: .connectionLost, urlSessionSurvives: true),
        HostileAnswer(name: "not HTTP", script: [.raw("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\nProtocol mismatch.\n")],
                      expected: .malformedResponse, urlSessionSurvives: false),
        HostileAnswer(name: "a bad status code", script: [.raw("HTTP/1.1 2x0 OK\r\nContent-Length: 2\r\n\r\n{}")],
                      expected: .malformedResponse, urlSessionSurvives: false),
        HostileAnswer(name: "a bad gzip body", script: [.respond(gzipAnswer(Array("this is not gzip at all".utf8)), close: true)],
                      expected: .malformedResponse, urlSessionSurvives: false),
        HostileAnswer(name: "a gzip bomb", script: [.respond(gzipAnswer(resource("zeros-8MiB.gz")), close: true)],
                      expected: .responseTooLarge, urlSessionSurvives: false),
        HostileAnswer(name: "a 4 MB header", script: [.raw(hugeHeader)],
                      expected: .responseTooLarge, urlSessionSurvives: false),
        HostileAnswer(name: "headers, then silence", script: [.stall(Array(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{".utf8), seconds: 10)],
                      expected: .timedOut, urlSessionSurvives: true),
    ]

    /// Answers that are well-formed HTTP, however useless: a transport returns them as responses.
    public static let wellFormed: [(name: String, raw: String, status: Int, body: String)] = [
        ("an empty 200", "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 200, ""),
        ("an HTML 200", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 22\r\n\r\n<html>Welcome!</html>\n",
         200, "<html>Welcome!</html>\n"),
        ("a body read to the close", "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n\(json)", 200, json),
        ("a 404 with a message", "HTTP/1.1 404 Not Found\r\nContent-Length: 33\r\n\r\n{\"message\": \"Release not found.\"}",
         404, #"{"message": "Release not found."}"#),
    ]
}
