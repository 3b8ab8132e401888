import DiscogsKit
import DiscogsKitTesting
import Foundation
import Testing

/// Secrets never show through the default ways Swift prints a value: `print`, string
/// interpolation, `debugPrint`, `dump` and test failure output all go through `description`,
/// `debugDescription` or the mirror.
@Suite struct RedactionTests {
    static let token = "SECRET-TOKEN-123"

    static func renderings(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), dumped, "\(value)"]
    }

    static var request: HTTPRequest {
        var headers = HTTPHeaders()
        headers["Authorization"] = "Discogs token=\(token)"
        headers["User-Agent"] = "SongNodes/1.0"
        headers["Cookie"] = "session=\(token)"
        return HTTPRequest(method: .get, url: URL(string: "https://user:\(token)@api.discogs.com/releases/1?token=\(token)&page=2")!,
                           headers: headers, body: Data("{\"secret\": 1}".utf8))
    }

    @Test func requestsPrintWithoutSecrets() {
        for text in Self.renderings(Self.request) {
            #expect(!text.contains(Self.token), "\(text)")
        }
        #expect(String(describing: Self.request).contains("GET https://user:REDACTED@api.discogs.com/releases/1?token=REDACTED&page=2"))
        #expect(String(describing: Self.request).contains("User-Agent: SongNodes/1.0"))
    }

    @Test func headersAndFieldsPrintWithoutSecrets() {
        for text in Self.renderings(Self.request.headers) + Self.renderings(Self.request.headers.fields) {
            #expect(!text.contains(Self.token), "\(text)")
        }
    }

    @Test func responsesPrintWithoutCookies() {
        var headers = HTTPHeaders()
        headers["Set-Cookie"] = "session=\(Self.token)"
        for text in Self.renderings(HTTPResponse(status: 200, headers: headers, body: Data("{}".utf8))) {
            #expect(!text.contains(Self.token), "\(text)")
        }
    }

    @Test(arguments: [
        ("https://api.discogs.com/releases/1?token=abc", "https://api.discogs.com/releases/1?token=REDACTED"),
        ("https://api.discogs.com/database/search?q=x&key=k&secret=s", "https://api.discogs.com/database/search?q=x&key=REDACTED&secret=REDACTED"),
        ("http://user:pass@127.0.0.1:8080/releases/1", "http://user:REDACTED@127.0.0.1:8080/releases/1"),
        ("http://user:pass@127.0.0.1:8080/releases/1?token=t", "http://user:REDACTED@127.0.0.1:8080/releases/1?token=REDACTED"),
        ("http://onlyuser@host/path", "http://onlyuser@host/path"),
        ("https://api.discogs.com/releases/1", "https://api.discogs.com/releases/1"),
    ])
    func urlsLoseTheirSecretsAndKeepTheirPath(url: String, expected: String) throws {
        #expect(Redaction.url(try #require(URL(string: url))) == expected)
    }

    @Test func aBaseURLPasswordStaysOutOfErrors() async throws {
        var configuration = DiscogsClient.Configuration(baseURL: URL(string: "http://user:\(Self.token)@127.0.0.1:9")!,
                                                        userAgent: "DiscogsKitTests/1.0")
        configuration.retryPolicy = .none
        let client = try DiscogsClient(configuration: configuration, transport: MockTransportForRedaction())
        do {
            _ = try await client.release(1)
            Issue.record("expected a failure")
        } catch {
            for text in Self.renderings(error) { #expect(!text.contains(Self.token), "\(text)") }
        }
    }
}

extension RedactionTests {
    /// A server (or proxy) that echoes the request must not bring the token into an error.
    @Test(arguments: [200, 500])
    func anEchoedTokenStaysOutOfErrors(status: Int) async throws {
        let transport = MockTransport { request in
            HTTPResponse(status: status, body: Data("echo: \(request.headers["Authorization"] ?? "")".utf8))
        }
        var configuration = DiscogsClient.Configuration(userAgent: "DiscogsKitTests/1.0", credentials: .token(Self.token))
        configuration.retryPolicy = .none
        let client = try DiscogsClient(configuration: configuration, transport: transport)
        do {
            _ = try await client.release(1)
            Issue.record("expected a failure")
        } catch {
            for text in Self.renderings(error) { #expect(!text.contains(Self.token), "\(text)") }
        }
    }
}

/// A transport that always fails, echoing the URL it was given (as a careless one would).
struct MockTransportForRedaction: Transport {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        throw TransportError(.cannotConnect, detail: "refused")
    }
}

/// A 401 says "refused" when credentials were sent, "needed" when none were.
@Suite struct UnauthorizedMessageTests {
    @Test(arguments: [(Credentials.token("wrong-token"), "refused the credentials given"),
                      (Credentials.none, "pass a personal access token")])
    func theMessageFitsWhatWasSent(credentials: Credentials, expected: String) async throws {
        let transport = MockTransport { _ in
            MockTransport.response(status: 401, json: MockTransport.errorBody("You must authenticate to access this resource."))
        }
        var configuration = DiscogsClient.Configuration(userAgent: "DiscogsKitTests/1.0", credentials: credentials)
        configuration.retryPolicy = .none
        let client = try DiscogsClient(configuration: configuration, transport: transport)
        await #expect { _ = try await client.release(1) } throws: { error in
            String(describing: error).contains(expected)
        }
    }
}
