import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Wraps the client's transport so that whatever a custom transport throws reaches the retry
/// policy as a ``TransportError`` (and the caller as the documented ``DiscogsError``): a
/// `URLError` gets the kind ``URLSessionTransport`` would give it, a `POSIXError` the kind its
/// code means, anything else ``TransportError/Kind/other`` naming its type. `CancellationError`
/// passes through.
struct ForeignErrorMapping: Transport {
    let base: any Transport

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        do {
            return try await base.send(request)
        } catch let error as TransportError {
            throw error
        } catch let error as CancellationError {
            throw error
        } catch {
            throw Self.map(error)
        }
    }

    /// The ``TransportError`` (or `CancellationError`) `error` stands for. Only the error's type
    /// and code go into the detail: a foreign error's text may quote the URL and its credentials.
    static func map(_ error: any Error) -> any Error {
        if error is URLError { return URLSessionTransport.map(error) }
        if let posix = error as? POSIXError {
            let detail = "POSIXError \(posix.code.rawValue)"
            switch posix.code {
            case .ECONNREFUSED, .EHOSTUNREACH, .ENETUNREACH, .EHOSTDOWN, .ENETDOWN:
                return TransportError(.cannotConnect, detail: detail)
            case .ECONNRESET, .ECONNABORTED, .EPIPE, .ENOTCONN:
                return TransportError(.connectionLost, detail: detail)
            case .ETIMEDOUT:
                return TransportError(.timedOut, detail: detail)
            default:
                return TransportError(.other, detail: detail)
            }
        }
        let nsError = error as NSError
        let detail = "\(String(reflecting: type(of: error))) (\(nsError.domain) \(nsError.code))"
        return TransportError(.other, detail: "the transport threw \(detail)")
    }
}
