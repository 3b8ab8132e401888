import DiscogsKit
import Foundation
import Testing

@Suite struct CredentialProviderTests {
    func tempFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test(arguments: [
        (["DISCOGS_TOKEN": " abc \n"], Credentials.token("abc")),
        (["DISCOGS_CONSUMER_KEY": "k", "DISCOGS_CONSUMER_SECRET": "s"], .keySecret(key: "k", secret: "s")),
        ([:], .none),
        (["DISCOGS_TOKEN": ""], .none),
    ])
    func readsTheEnvironment(environment: [String: String], expected: Credentials) throws {
        #expect(try CredentialProvider.environment(environment).credentials() == expected)
    }

    @Test func halfAKeyPairIsAnError() {
        #expect(throws: DiscogsError.self) {
            try CredentialProvider.environment(["DISCOGS_CONSUMER_KEY": "k"]).credentials()
        }
    }

    @Test func readsATokenFileAndRefusesBadOnes() throws {
        let good = try tempFile("tok123\n")
        #expect(try CredentialProvider.file(good).credentials() == .token("tok123"))
        let empty = try tempFile("  \n")
        #expect { try CredentialProvider.file(empty).credentials() } throws: { "\($0)".contains("is empty") }
        #expect { try CredentialProvider.file("/nonexistent/token").credentials() } throws: {
            "\($0)".contains("/nonexistent/token")
        }
        let twoLines = try tempFile("a\nb\n")
        #expect(throws: DiscogsError.self) { try CredentialProvider.file(twoLines).credentials() }
    }

    @Test func chainTakesTheFirstSourceWithCredentials() throws {
        let file = try tempFile("from-file")
        let env = ["DISCOGS_TOKEN_FILE": file]
        let chain = CredentialProvider.chain([.environment(env), .tokenFileFromEnvironment(env)])
        #expect(try chain.credentials() == .token("from-file"))
        let chainEnvFirst = CredentialProvider.chain([.environment(["DISCOGS_TOKEN": "env"]), .tokenFileFromEnvironment(env)])
        #expect(try chainEnvFirst.credentials() == .token("env"))
    }

    @Test func dockerSecretIsReadWhenPresent() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("secrets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        #expect(try CredentialProvider.dockerSecret("discogs_token", directory: dir.path).credentials() == .none)
        try Data("docker-tok".utf8).write(to: dir.appendingPathComponent("discogs_token"))
        #expect(try CredentialProvider.dockerSecret("discogs_token", directory: dir.path).credentials() == .token("docker-tok"))
    }

    @Test(arguments: [Credentials.token("SECRETVALUE"), .keySecret(key: "SECRETVALUE", secret: "SECRETVALUE")])
    func descriptionsAreMasked(credentials: Credentials) {
        #expect(!"\(credentials)".contains("SECRETVALUE"))
        #expect(!String(reflecting: credentials).contains("SECRETVALUE"))
    }
}
