import CDiscogsCurl
import Foundation

/// Turns an ``HTTPRequest`` into a prepared libcurl transfer.
enum CurlRequestBuilder {
    /// Header names libcurl must set itself: the body's length, the encodings it can decode, and
    /// the connection's own fields.
    static let managedHeaderNames: Set<String> = ["content-length", "accept-encoding", "connection", "host",
                                                  "transfer-encoding", "expect"]

    /// A transfer ready to add to a multi handle.
    /// - Throws: ``TransportError`` of kind ``TransportError/Kind/invalidRequest`` for a URL that
    ///   is not http(s) or a header that would split the request.
    static func transfer(for request: HTTPRequest, configuration: CurlTransport.Configuration) throws(TransportError) -> CurlTransfer {
        guard let scheme = request.url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              request.url.host?.isEmpty == false else {
            throw TransportError(.invalidRequest, detail: "not an http(s) URL: \(Redaction.url(request.url))")
        }
        guard let transfer = dk_transfer_create() else {
            throw TransportError(.other, detail: "libcurl could not create a transfer")
        }
        let owned = CurlTransfer(transfer)
        try check(dk_transfer_set_url(transfer, request.url.absoluteString), "the URL")
        try check(dk_transfer_set_method(transfer, request.method.rawValue), "the method")
        for field in request.headers where !managedHeaderNames.contains(field.name.lowercased()) {
            guard isValidHeader(field) else {
                throw TransportError(.invalidRequest, detail: "the header \(field.name) holds a line break or an invalid name")
            }
            // "Name;" is libcurl's way of sending a header with an empty value.
            let line = field.value.isEmpty ? "\(field.name);" : "\(field.name): \(field.value)"
            guard dk_transfer_add_header(transfer, line) == 0 else {
                throw TransportError(.other, detail: "out of memory for the headers")
            }
        }
        if let body = request.body {
            let code = body.withUnsafeBytes { dk_transfer_set_body(transfer, $0.baseAddress, $0.count) }
            try check(code, "the body")
        }
        let timeout = request.timeout ?? configuration.defaultTimeout
        let limits = dk_limits(connect_timeout_ms: milliseconds(min(configuration.connectTimeout, timeout)),
                               total_timeout_ms: milliseconds(timeout),
                               low_speed_bytes: configuration.lowSpeedBytesPerSecond,
                               low_speed_seconds: max(1, milliseconds(configuration.lowSpeedTime) / 1000),
                               max_body_bytes: Int64(configuration.maxResponseBytes),
                               max_header_bytes: Int64(configuration.maxHeaderBytes),
                               reuse_connections: configuration.reusesConnections ? 1 : 0,
                               verify_tls: 1)
        try check(dk_transfer_prepare(transfer, limits), "the transfer's options")
        return owned
    }

    private static func check(_ code: Int32, _ what: String) throws(TransportError) {
        guard code != 0 else { return }
        throw TransportError(.invalidRequest, detail: "libcurl refused \(what): \(String(cString: dk_curl_strerror(code)))")
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        guard seconds < Int64(Int32.max) else { return Int(Int32.max) }
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    /// A field name of token characters and a value without line breaks or NULs.
    static func isValidHeader(_ field: HTTPHeaders.Field) -> Bool {
        !field.name.isEmpty
            && field.name.utf8.allSatisfy { $0 > 32 && $0 < 127 && $0 != UInt8(ascii: ":") }
            && !field.value.utf8.contains { $0 == 10 || $0 == 13 || $0 == 0 }
    }
}

/// A libcurl transfer owned by Swift: freed when the last reference goes.
///
/// `@unchecked Sendable`: the transfer is built on the sending task, then handed once to the
/// multi loop's thread, which alone touches it until it is finished; no two threads use it at
/// the same time.
final class CurlTransfer: @unchecked Sendable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    deinit { dk_transfer_free(pointer) }
}
