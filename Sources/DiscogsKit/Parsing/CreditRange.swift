/// The tracks a release-level credit applies to, resolved from its `tracks` spec.
///
/// Built by ``CreditRangeParser``. ``positions`` are raw positions of the release in tracklist
/// order, each at most once, whatever order the spec names them in. Parts of the spec that name
/// no known position are not dropped quietly: each one is listed in ``issues``.
///
/// ```swift
/// let range = CreditRangeParser.resolve("A2 to A4, B3", against: ["A1", "A2", "A3", "A4", "B1", "B2", "B3"])
/// range.positions  // ["A2", "A3", "A4", "B3"]
/// range.issues     // []
/// ```
public struct CreditRange: Sendable, Hashable {
    /// The spec as given.
    public let spec: String
    /// The positions the spec names, in tracklist order, without repeats. For a blank spec this
    /// is every position of the release.
    public let positions: [String]
    /// Whether the spec was blank, which Discogs uses for "the whole release".
    public let appliesToWholeRelease: Bool
    /// The parts of the spec that could not be resolved, in spec order.
    public let issues: [CreditRangeIssue]

    /// Creates a resolved range; ``CreditRangeParser`` is the usual way.
    ///
    /// ```swift
    /// let range = CreditRange(spec: "A1", positions: ["A1"], appliesToWholeRelease: false, issues: [])
    /// ```
    public init(spec: String, positions: [String], appliesToWholeRelease: Bool, issues: [CreditRangeIssue]) {
        self.spec = spec
        self.positions = positions
        self.appliesToWholeRelease = appliesToWholeRelease
        self.issues = issues
    }

    /// Whether every part of the spec named known positions.
    public var isFullyResolved: Bool { issues.isEmpty }
}

/// A part of a credit `tracks` spec that names no known position.
///
/// ```swift
/// let issue = CreditRangeParser.resolve("C1", against: ["A1", "B1"]).issues[0]
/// issue.description  // "credit tracks part “C1” names no position of the tracklist"
/// ```
public struct CreditRangeIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why a part could not be resolved.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// The part, or one end of its range, names no position of the tracklist.
        case unknownPosition
        /// The range ends before it starts in tracklist order (`B2 to A1`).
        case reversedRange
        /// The part is not a position or a range (`A1 to`, `to to`, a spec of only commas).
        case malformed
    }

    /// The part of the spec as written (trimmed), e.g. `"A2 to C9"`.
    public let part: String
    /// Why it could not be resolved.
    public let reason: Reason
    /// The position text that matched nothing (`"C9"`), when the reason is ``Reason/unknownPosition``.
    public let unknownPosition: String?

    /// Creates an issue.
    ///
    /// ```swift
    /// let issue = CreditRangeIssue(part: "C1", reason: .unknownPosition, unknownPosition: "C1")
    /// ```
    public init(part: String, reason: Reason, unknownPosition: String? = nil) {
        self.part = part
        self.reason = reason
        self.unknownPosition = unknownPosition
    }

    /// A sentence naming the part and what is wrong with it.
    public var description: String {
        switch reason {
        case .unknownPosition:
            if let unknownPosition, unknownPosition != part {
                return "credit tracks part “\(part)” names “\(unknownPosition)”, which is no position of the tracklist"
            }
            return "credit tracks part “\(part)” names no position of the tracklist"
        case .reversedRange:
            return "credit tracks range “\(part)” ends before it starts in tracklist order"
        case .malformed:
            return "credit tracks part “\(part)” is not a position or a range"
        }
    }
}
