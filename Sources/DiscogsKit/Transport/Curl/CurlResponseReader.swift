import CDiscogsCurl
import Foundation

/// Reads a finished libcurl transfer: the ``HTTPResponse`` it received, or the
/// ``TransportError`` that says what went wrong and whether the request may have reached the
/// server.
enum CurlResponseReader {
    /// libcurl result codes this reader distinguishes (curl.h).
    enum Code {
        static let unsupportedProtocol: Int32 = 1
        static let urlMalformat: Int32 = 3
        static let couldNotResolveProxy: Int32 = 5
        static let couldNotResolveHost: Int32 = 6
        static let couldNotConnect: Int32 = 7
        static let weirdServerReply: Int32 = 8
        static let http2: Int32 = 16
        static let partialFile: Int32 = 18
        static let writeError: Int32 = 23
        static let operationTimedOut: Int32 = 28
        static let sslConnectError: Int32 = 35
        static let abortedByCallback: Int32 = 42
        static let gotNothing: Int32 = 52
        static let sendError: Int32 = 55
        static let receiveError: Int32 = 56
        static let badContentEncoding: Int32 = 61
        static let fileSizeExceeded: Int32 = 63
        static let http2Stream: Int32 = 92
        static let proxy: Int32 = 97
        static let tlsVerification: Set<Int32> = [51, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91, 98]
    }

    static func result(of transfer: CurlTransfer, maxResponseBytes: Int, maxHeaderBytes: Int) -> Result<HTTPResponse, any Error> {
        let outcome = dk_transfer_outcome(transfer.pointer)
        if outcome.curl_code == 0 {
            guard outcome.headers_complete != 0 else {
                return .failure(TransportError(.connectionLost, detail: "the connection closed in the middle of the response headers"))
            }
            return response(of: transfer, status: outcome.status)
        }
        return .failure(error(for: outcome, maxResponseBytes: maxResponseBytes, maxHeaderBytes: maxHeaderBytes))
    }

    /// The response of a transfer that ended well.
    static func response(of transfer: CurlTransfer, status: Int) -> Result<HTTPResponse, any Error> {
        var headerLength = 0
        let headerBytes = dk_transfer_header_bytes(transfer.pointer, &headerLength)
        let head = headerBytes.map { String(decoding: UnsafeBufferPointer(start: $0, count: headerLength), as: UTF8.self) } ?? ""
        guard (100...999).contains(status) else {
            return .failure(TransportError(.malformedResponse, detail: "the status line carried no valid status code"))
        }
        var headers = parseFields(head)
        // The body is handed over decoded: its encoding and encoded length no longer describe it.
        if let encoding = headers["Content-Encoding"]?.lowercased(),
           ["gzip", "x-gzip", "deflate", "br", "zstd"].contains(encoding) {
            headers["Content-Encoding"] = nil
            headers["Content-Length"] = nil
        }
        var bodyLength = 0
        let bodyBytes = dk_transfer_body_bytes(transfer.pointer, &bodyLength)
        let body = bodyBytes.map { Data(bytes: $0, count: bodyLength) } ?? Data()
        return .success(HTTPResponse(status: status, headers: headers, body: body))
    }

    /// The header fields of a header block, skipping its status line; folded lines continue
    /// the field before them.
    static func parseFields(_ head: String) -> HTTPHeaders {
        var fields: [HTTPHeaders.Field] = []
        for line in head.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            if line.hasPrefix("HTTP/") { continue }
            if let first = line.first, first == " " || first == "\t", !fields.isEmpty {
                fields[fields.count - 1].value += " " + line.trimmingWhitespace()
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon]).trimmingWhitespace()
            let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
            guard !name.isEmpty else { continue }
            fields.append(HTTPHeaders.Field(name: name, value: value))
        }
        return HTTPHeaders(fields)
    }

    /// The error for a transfer that did not end well.
    static func error(for outcome: dk_outcome, maxResponseBytes: Int, maxHeaderBytes: Int) -> TransportError {
        let code = outcome.curl_code
        let text = outcome.error_text.map { String(cString: $0) } ?? ""
        let detail = "libcurl \(code): " + (text.isEmpty ? String(cString: dk_curl_strerror(code)) : text)
        let sent = outcome.request_sent != 0 || dk_curl_can_guard_resends() == 0
        if outcome.too_large != 0 || code == Code.fileSizeExceeded {
            return TransportError(.responseTooLarge, detail: "the body is over the \(maxResponseBytes)-byte limit")
        }
        if outcome.header_too_large != 0 {
            return TransportError(.responseTooLarge, detail: "the headers are over the \(maxHeaderBytes)-byte limit")
        }
        if outcome.resend_refused != 0 {
            return TransportError(.connectionLost, detail: "the connection closed before an answer came; "
                + "libcurl's own re-send was refused")
        }
        switch code {
        case Code.couldNotResolveHost, Code.couldNotResolveProxy, Code.couldNotConnect, Code.sslConnectError, Code.proxy:
            return TransportError(.cannotConnect, detail: detail)
        case Code.operationTimedOut:
            return sent ? TransportError(.timedOut, detail: detail) : TransportError(.cannotConnect, detail: detail)
        case Code.gotNothing, Code.sendError, Code.http2, Code.http2Stream:
            return TransportError(.connectionLost, detail: detail)
        case Code.partialFile:
            return TransportError(.truncatedBody, detail: detail)
        case Code.receiveError:
            if text.localizedCaseInsensitiveContains("chunk") || text.localizedCaseInsensitiveContains("header") {
                return TransportError(.malformedResponse, detail: detail)
            }
            return outcome.status == 0 ? TransportError(.connectionLost, detail: detail)
                : TransportError(.truncatedBody, detail: detail)
        case Code.unsupportedProtocol, Code.weirdServerReply, Code.badContentEncoding:
            return TransportError(.malformedResponse, detail: detail)
        case Code.urlMalformat:
            return TransportError(.invalidRequest, detail: detail)
        case _ where Code.tlsVerification.contains(code):
            return TransportError(.insecureConnection, detail: detail)
        default:
            return TransportError(.other, detail: detail)
        }
    }
}
