import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

@Suite struct DiscogsClientTests {
    @Test(arguments: [
        (Credentials.token("abc123"), "Discogs token=abc123"),
        (.keySecret(key: "k", secret: "s"), "Discogs key=k, secret=s"),
    ])
    func sendsTheAuthorizationHeader(credentials: Credentials, expected: String) async throws {
        let transport = MockTransport.json("{}")
        let client = try ClientTestSupport.client(transport, credentials: credentials)
        _ = try await client.json(.release(1))
        let request = try #require(transport.lastRequest)
        #expect(request.headers["Authorization"] == expected)
        #expect(request.headers["User-Agent"] == "DiscogsKitTests/1.0 +https://example.test")
        #expect(request.headers["Accept"] == "application/vnd.discogs.v2.discogs+json")
        #expect(request.url.absoluteString == "https://api.test/releases/1")
    }

    @Test func sendsNoAuthorizationWithoutCredentials() async throws {
        let transport = MockTransport.json("{}")
        let client = try ClientTestSupport.client(transport, credentials: .none)
        _ = try await client.json(.release(1))
        #expect(transport.lastRequest?.headers["Authorization"] == nil)
    }

    @Test(arguments: ["", "   "])
    func refusesAnEmptyUserAgent(agent: String) {
        #expect {
            _ = try DiscogsClient(configuration: .init(userAgent: agent), transport: MockTransport.ok)
        } throws: { error in
            guard case DiscogsError.invalidRequest(let reason) = error else { return false }
            return reason.contains("User-Agent")
        }
    }

    @Test func refusesANonHTTPBaseURL() {
        #expect(throws: DiscogsError.self) {
            _ = try DiscogsClient(configuration: .init(baseURL: URL(string: "ftp://x.test")!, userAgent: "A/1"),
                                  transport: MockTransport.ok)
        }
    }

    @Test func searchWithoutCredentialsIsRefusedBeforeSending() async throws {
        let transport = MockTransport.ok
        let client = try ClientTestSupport.client(transport, credentials: .none)
        await #expect {
            _ = try await client.json(.search(SearchQuery("x")))
        } throws: { error in
            guard case DiscogsError.authenticationRequired = error else { return false }
            return "\(error)".contains("needs authentication")
        }
        #expect(transport.requests.isEmpty)
    }

    @Test(arguments: [
        (401, "You must authenticate to access this resource.", "unauthorized"),
        (403, "You don't have permission to access this resource.", "forbidden"),
        (404, "Release not found.", "not_found"),
        (429, "You are making requests too quickly.", "rate_limited"),
        (500, "An internal server error occurred.", "server_error"),
        (503, "Service unavailable.", "server_error"),
        (422, #"See "detail" for validation errors."#, "http_status"),
    ])
    func mapsStatusesToErrorsWithTheServerMessage(status: Int, message: String, kind: String) async throws {
        let client = try ClientTestSupport.client(MockTransport.json(MockTransport.errorBody(message), status: status))
        do {
            _ = try await client.json(.release(1))
            Issue.record("expected an error")
        } catch let error as DiscogsError {
            #expect(error.kind == kind)
            #expect(error.status == status)
            #expect(error.serverMessage == message)
            #expect(error.description.contains("GET https://api.test/releases/1"))
        }
    }

    @Test func keepsANonJSONErrorBodyAsASnippet() async throws {
        let body = "<html>api.discogs.com needs to review the security of your connection</html>"
        let client = try ClientTestSupport.client(MockTransport.data(Data(body.utf8), status: 403))
        await #expect {
            _ = try await client.json(.release(1))
        } throws: { error in
            guard case DiscogsError.forbidden(let failure) = error else { return false }
            return failure.message == nil && (failure.bodySnippet ?? "").contains("review the security")
        }
    }

    @Test func mapsTransportErrors() async throws {
        let client = try ClientTestSupport.client(MockTransport.failing(TransportError(.timedOut)))
        await #expect {
            _ = try await client.json(.release(1))
        } throws: { error in
            guard case DiscogsError.transport(let failure) = error else { return false }
            return failure.error.kind == .timedOut && failure.description.contains("timed out")
        }
    }

    @Test func decodingFailureNamesTypePathAndBody() async throws {
        struct NeedsID: Decodable { let id: Int }
        let client = try ClientTestSupport.client(MockTransport.json(#"{"title": "no id here"}"#))
        await #expect {
            _ = try await client.decode(NeedsID.self, from: .release(1))
        } throws: { error in
            guard case DiscogsError.decoding(let failure) = error else { return false }
            return failure.type == "NeedsID" && failure.codingPath == "id" && failure.bodySnippet.contains("no id here")
        }
    }

    @Test func tokenNeverAppearsInErrorsOrEvents() async throws {
        let events = Mutex<[String]>([])
        let observer = ClosureObserver { event in events.withLock { $0.append("\(event)") } }
        let client = try ClientTestSupport.client(MockTransport.notFound(), credentials: .token("SUPERSECRET"),
                                                  observer: observer)
        do {
            _ = try await client.json(.release(1))
        } catch {
            #expect(!"\(error)".contains("SUPERSECRET"))
        }
        #expect(!events.withLock { $0 }.isEmpty)
        #expect(events.withLock { $0 }.allSatisfy { !$0.contains("SUPERSECRET") })
        #expect(!"\(client.configuration.credentials)".contains("SUPERSECRET"))
    }
}
