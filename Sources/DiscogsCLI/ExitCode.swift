import DiscogsKit

/// The exit codes of `discogs`.
enum ExitCode: Int32, Sendable {
    /// Everything succeeded.
    case success = 0
    /// Some other failure (network, server, decoding, a batch with failed items).
    case failure = 1
    /// The command line was wrong.
    case usage = 2
    /// The resource does not exist.
    case notFound = 3
    /// Authentication is needed or was refused.
    case authentication = 4
    /// The rate limit was still exceeded after every retry.
    case rateLimited = 5
    /// The server stopped answering (nothing listening, no network): the run stopped early,
    /// everything done so far kept; `--resume` continues once the server is back.
    case unreachable = 6

    /// The exit code for a library error.
    static func of(_ error: any Error) -> ExitCode {
        if error is UsageError { return .usage }
        guard let error = error as? DiscogsError else { return .failure }
        switch error {
        case .notFound: return .notFound
        case .unauthorized, .forbidden, .authenticationRequired: return .authentication
        case .rateLimited: return .rateLimited
        case .serverUnreachable: return .unreachable
        case .invalidRequest: return .usage
        default: return .failure
        }
    }

    /// The worst of two codes, for batches: any failure beats success.
    func combined(with other: ExitCode) -> ExitCode {
        if self == .success { return other }
        if other == .success { return self }
        return self == other ? self : .failure
    }
}

/// A mistake on the command line; exits with 2.
struct UsageError: Error, CustomStringConvertible {
    /// What was wrong, as a sentence: it always ends with a full stop (or another closing
    /// punctuation mark), whatever the library's or the system's part of it ended with.
    let message: String
    init(_ message: String) {
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        self.message = [".", "!", "?"].contains(trimmed.last.map(String.init) ?? "") ? trimmed : trimmed + "."
    }
    var description: String { message }
}
