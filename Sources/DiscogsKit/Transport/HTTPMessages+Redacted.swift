import Foundation

// Every default way Swift shows a value (`print`, interpolation, `debugPrint`, `dump`, test
// failure output) goes through these, so none of them shows a credential: URLs pass through
// `Redaction.url` and credential header values become `REDACTED`.

extension HTTPHeaders.Field: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `Name: value`, with a credential's value masked.
    public var description: String {
        let shown = Redaction.field(self)
        return "\(shown.name): \(shown.value)"
    }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// The name and the (masked) value.
    public var customMirror: Mirror {
        let shown = Redaction.field(self)
        return Mirror(self, children: ["name": shown.name, "value": shown.value])
    }
}

extension HTTPHeaders: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// One `Name: value` per line, credentials masked.
    public var description: String { fields.map(\.description).joined(separator: "\n") }

    /// `[Name: value, …]`, credentials masked.
    public var debugDescription: String { "[" + fields.map(\.description).joined(separator: ", ") + "]" }

    /// The fields, credentials masked.
    public var customMirror: Mirror {
        Mirror(self, unlabeledChildren: fields.map(Redaction.field), displayStyle: .collection)
    }
}

extension HTTPRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `METHOD URL`, then the headers, credentials masked, and the body's size.
    public var description: String {
        var lines = [redactedLine]
        if !headers.fields.isEmpty { lines.append(headers.description) }
        if let body { lines.append("(body: \(body.count) bytes)") }
        return lines.joined(separator: "\n")
    }

    /// `HTTPRequest(GET URL, [headers], body: N bytes)`, credentials masked.
    public var debugDescription: String {
        "HTTPRequest(\(redactedLine), \(headers.debugDescription)" + (body.map { ", body: \($0.count) bytes" } ?? "") + ")"
    }

    /// Method, redacted URL, masked headers, body size and timeout.
    public var customMirror: Mirror {
        Mirror(self, children: ["method": method.rawValue, "url": Redaction.url(url), "headers": headers,
                                "body": body.map { "\($0.count) bytes" } as Any, "timeout": timeout as Any])
    }
}

extension HTTPResponse: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `200`, then the headers (cookies masked) and the body's size.
    public var description: String {
        ([String(status)] + (headers.fields.isEmpty ? [] : [headers.description]) + ["(body: \(body.count) bytes)"])
            .joined(separator: "\n")
    }

    /// `HTTPResponse(200, [headers], body: N bytes)`, cookies masked.
    public var debugDescription: String { "HTTPResponse(\(status), \(headers.debugDescription), body: \(body.count) bytes)" }

    /// Status, masked headers and the body's size.
    public var customMirror: Mirror {
        Mirror(self, children: ["status": status, "headers": headers, "body": "\(body.count) bytes"])
    }
}
