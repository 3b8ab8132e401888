#if os(Linux)
import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

/// `CurlTransport` against a hostile loopback server: every broken answer ends as a typed
/// ``TransportError`` within its timeout, the process lives, connections are reused, and the
/// transport never sends a request by itself.
@Suite struct CurlTransportTests {
    static func transport(maxResponseBytes: Int = 1 << 20) throws -> CurlTransport {
        var configuration = CurlTransport.Configuration()
        configuration.maxResponseBytes = maxResponseBytes
        configuration.lowSpeedTime = .seconds(30)
        return try CurlTransport(configuration: configuration)
    }

    @Test(arguments: HostileAnswer.all)
    func brokenAnswersBecomeTypedErrors(_ answer: HostileAnswer) async throws {
        let server = try HostileHTTPServer(answer.script)
        defer { server.stop() }
        let transport = try Self.transport()
        // The stall holds its connection for 10 s: only the 2 s timeout makes it `timedOut`.
        let error = await #expect(throws: TransportError.self, "\(answer.name)") {
            try await transport.send(HTTPRequest(url: server.url("/releases/1"), timeout: .seconds(2)))
        }
        #expect(error?.kind == answer.expected, "\(answer.name): \(String(describing: error))")
        #expect(server.requests == 1, "\(answer.name): the server saw \(server.requests) requests")
    }

    @Test(arguments: HostileAnswer.wellFormed.map { $0.name })
    func wellFormedAnswersArrive(_ name: String) async throws {
        let answer = try #require(HostileAnswer.wellFormed.first { $0.name == name })
        let server = try HostileHTTPServer(answer.raw)
        defer { server.stop() }
        let response = try await Self.transport().send(HTTPRequest(url: server.url("/releases/1"), timeout: .seconds(5)))
        #expect(response.status == answer.status)
        #expect(String(decoding: response.body, as: UTF8.self) == answer.body)
    }

    @Test func gzipBodiesArriveDecoded() async throws {
        let server = try HostileHTTPServer([.respond(HostileAnswer.gzipAnswer(HostileAnswer.resource("release-1.json.gz")), close: true)])
        defer { server.stop() }
        let response = try await Self.transport().send(HTTPRequest(url: server.url("/releases/1"), timeout: .seconds(5)))
        #expect(String(decoding: response.body, as: UTF8.self) == HostileAnswer.json)
        #expect(response.headers["Content-Encoding"] == nil)
    }

    @Test func theSizeLimitIsAfterDecoding() async throws {
        let server = try HostileHTTPServer([.respond(HostileAnswer.gzipAnswer(HostileAnswer.resource("zeros-8MiB.gz")), close: true)])
        defer { server.stop() }
        let response = try await Self.transport(maxResponseBytes: 16 << 20)
            .send(HTTPRequest(url: server.url("/big"), timeout: .seconds(5)))
        #expect(response.body.count == 8 << 20)
    }

    @Test func headersArriveWithTheirSpelling() async throws {
        let server = try HostileHTTPServer([.respond(HostileHTTPServer.ok(HostileAnswer.json,
            extraHeaders: "X-Discogs-Ratelimit: 60\r\nX-Discogs-Ratelimit-Remaining: 59\r\n"), close: true)])
        defer { server.stop() }
        let response = try await Self.transport().send(HTTPRequest(url: server.url("/releases/1")))
        #expect(response.headers["x-discogs-ratelimit"] == "60")
        #expect(response.headers.fields.contains { $0.name == "X-Discogs-Ratelimit-Remaining" && $0.value == "59" })
    }

    @Test func keepAliveConnectionsAreReused() async throws {
        let server = try HostileHTTPServer([.respond(HostileHTTPServer.ok(HostileAnswer.json), close: false)])
        defer { server.stop() }
        let transport = try Self.transport()
        for _ in 0..<10 {
            _ = try await transport.send(HTTPRequest(url: server.url("/releases/1")))
        }
        #expect(server.requests == 10)
        #expect(server.connections == 1)
    }

    @Test func concurrentRequestsStayWithinThePool() async throws {
        let server = try HostileHTTPServer([.stall(HostileHTTPServer.ok(HostileAnswer.json), seconds: 0)])
        defer { server.stop() }
        var configuration = CurlTransport.Configuration()
        configuration.maxConnectionsPerHost = 3
        let transport = try CurlTransport(configuration: configuration)
        let keepAlive = try HostileHTTPServer([.respond(HostileHTTPServer.ok(HostileAnswer.json), close: false)])
        defer { keepAlive.stop() }
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<30 {
                group.addTask { try await transport.send(HTTPRequest(url: keepAlive.url("/releases/1"))).status }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 200, count: 30))
        #expect(keepAlive.requests == 30)
        #expect(keepAlive.connections <= 3)
    }

    /// libcurl repeats a request by itself when a kept connection turns out closed; the
    /// transport refuses, so the server sees exactly the attempts the caller made.
    @Test func aDeadKeptConnectionIsNotRetriedBehindTheCallersBack() async throws {
        let server = try HostileHTTPServer([.respond(HostileHTTPServer.ok(HostileAnswer.json), close: false), .close,
                                            .respond(HostileHTTPServer.ok(HostileAnswer.json), close: false)])
        defer { server.stop() }
        let transport = try Self.transport()
        _ = try await transport.send(HTTPRequest(url: server.url("/releases/1")))
        let error = await #expect(throws: TransportError.self) {
            try await transport.send(HTTPRequest(url: server.url("/releases/2")))
        }
        #expect(error?.kind == .connectionLost)
        #expect(error?.neverReachedServer == false)
        #expect(server.requests == 2)
        _ = try await transport.send(HTTPRequest(url: server.url("/releases/3")))
        #expect(server.requests == 3)
    }

    @Test func aPOSTCutOffIsNotResent() async throws {
        let server = try HostileHTTPServer([.respond(HostileHTTPServer.ok("{}"), close: false), .close])
        defer { server.stop() }
        let transport = try Self.transport()
        _ = try await transport.send(HTTPRequest(method: .get, url: server.url("/oauth/identity")))
        await #expect(throws: TransportError.self) {
            try await transport.send(HTTPRequest(method: .post, url: server.url("/marketplace/listings"),
                                                 body: Data(#"{"release_id": 1}"#.utf8)))
        }
        #expect(server.requests == 2)
    }

    @Test(arguments: [HTTPRequest.Method.get, .post, .put, .delete, .head, HTTPRequest.Method(rawValue: "PATCH")])
    func methodsHeadersAndBodiesGoOutAsGiven(_ method: HTTPRequest.Method) async throws {
        let server = try HostileHTTPServer([.echo])
        defer { server.stop() }
        let body = method == .get || method == .head ? nil : Data(#"{"rating": 5}"#.utf8)
        var headers = HTTPHeaders()
        headers["User-Agent"] = "DiscogsKitTests/1.0"
        headers["Content-Type"] = "application/json"
        let response = try await Self.transport().send(HTTPRequest(method: method, url: server.url("/users/tester?a=1&b=%C3%A4"),
                                                                   headers: headers, body: body))
        #expect(response.status == 200)
        guard method != .head else { return }
        let echoed = String(decoding: response.body, as: UTF8.self)
        #expect(echoed.hasPrefix("\(method.rawValue) /users/tester?a=1&b=%C3%A4 HTTP/1.1\r\n"), "\(echoed)")
        #expect(echoed.contains("User-Agent: DiscogsKitTests/1.0\r\n"))
        #expect(!echoed.lowercased().contains("expect:"))
        if let body {
            #expect(echoed.contains("Content-Length: \(body.count)\r\n"))
            #expect(echoed.hasSuffix(String(decoding: body, as: UTF8.self)))
        }
    }

    @Test func aHeaderThatWouldSplitTheRequestIsRefused() async throws {
        var headers = HTTPHeaders()
        headers["X-Evil"] = "a\r\nAuthorization: Discogs token=stolen"
        let error = await #expect(throws: TransportError.self) {
            try await Self.transport().send(HTTPRequest(url: URL(string: "http://127.0.0.1:9/")!, headers: headers))
        }
        #expect(error?.kind == .invalidRequest)
    }

    @Test func nothingListeningCannotConnect() async throws {
        let server = try HostileHTTPServer([.close])
        let url = server.url("/releases/1")
        server.stop()
        let error = await #expect(throws: TransportError.self) {
            try await Self.transport().send(HTTPRequest(url: url, timeout: .seconds(5)))
        }
        #expect(error?.kind == .cannotConnect)
        #expect(error?.neverReachedServer == true)
    }

    @Test func cancellingAbortsTheTransferAtOnce() async throws {
        let server = try HostileHTTPServer([.stall(Array("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n".utf8), seconds: 20)])
        defer { server.stop() }
        let transport = try Self.transport()
        let task = Task { try await transport.send(HTTPRequest(url: server.url("/slow"), timeout: .seconds(30))) }
        try await Task.sleep(for: .milliseconds(300))
        let cancelled = ContinuousClock.now
        task.cancel()
        let result = await task.result
        let waited = ContinuousClock.now - cancelled
        #expect(throws: CancellationError.self) { try result.get() }
        // The server would hold the answer for 20 s; the bound leaves room for a busy test
        // machine (Docs/Architecture.md has the measured figure).
        #expect(waited < .seconds(5), "cancellation took \(waited)")
    }

    @Test func aCancelledTaskSendsNothing() async throws {
        let server = try HostileHTTPServer([.echo])
        defer { server.stop() }
        let transport = try Self.transport()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await transport.send(HTTPRequest(url: server.url("/releases/1")))
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(server.requests == 0)
    }

    @Test func theDefaultClientTransportOnLinuxIsCurl() throws {
        let events = Mutex<[DiscogsEvent]>([])
        let configuration = DiscogsClient.Configuration(userAgent: "DiscogsKitTests/1.0",
                                                        observer: ClosureObserver { event in events.withLock { $0.append(event) } })
        _ = try DiscogsClient(configuration: configuration)
        #expect(CurlTransport.libraryVersion?.contains("libcurl") == true)
        #expect(events.withLock { $0.isEmpty }, "no fallback expected where libcurl loads")
    }
}
#endif
