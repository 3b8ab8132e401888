/// A release's credits resolved per track: the track's own `extraartists` plus the release-level
/// ones whose `tracks` range covers it.
///
/// ```swift
/// let credits = ReleaseCredits(release)
/// credits.credits(for: track)   // [CreditItem(name: "Tiësto", role: "Mixed By"), …]
/// credits.issues                 // ranges that named positions the tracklist lacks
/// ```
public struct ReleaseCredits: Sendable {
    /// The items of each release-level credit (one per role), in the release's order: made once,
    /// shared by every track the credit covers.
    private let releaseCredits: [[CreditItem]]
    /// The indices (into ``releaseCredits``) of the credits that cover the whole release.
    private let wholeRelease: [Int]
    /// For each position a range names, the indices of the credits naming it, ascending.
    private let byPosition: [String: [Int]]
    /// Ranges that named unknown positions, as sentences.
    public let issues: [String]

    /// Resolves every release-level credit range of `release`, once: a track's credits are then
    /// a lookup, so extraction stays linear in the tracks and credits.
    public init(_ release: Release) {
        // Most releases have no ranged credit: index their positions only when one has.
        let ranged = release.extraArtists.contains { !($0.tracks ?? "").allSatisfy(\.isWhitespace) }
        let positions = ranged ? release.allPositions : []
        let parser = CreditRangeParser(positions: positions)
        var wholeRelease: [Int] = []
        var byPosition: [String: [Int]] = [:]
        var issues: [String] = []
        for (index, credit) in release.extraArtists.enumerated() {
            let spec = credit.tracks?.trimmingWhitespace() ?? ""
            guard !spec.allSatisfy(\.isWhitespace) else {
                wholeRelease.append(index)
                continue
            }
            let (spans, problems) = parser.spans(of: spec)
            for span in spans {
                for position in span.map({ positions[$0] }) where byPosition[position]?.last != index {
                    byPosition[position, default: []].append(index)
                }
            }
            for issue in problems {
                issues.append("credit “\(credit.name)” (\(credit.role ?? "")) tracks “\(spec)”: \(issue.description)")
            }
        }
        self.releaseCredits = release.extraArtists.map(Self.items)
        self.wholeRelease = wholeRelease
        self.byPosition = byPosition
        self.issues = issues
    }

    /// The credits of one playable track, each role its own item, in order: the track's own,
    /// then the release's.
    public func credits(for entry: PlayableTrack) -> [CreditItem] {
        var out: [CreditItem] = []
        var seen = Set<CreditItem>()
        func add(_ items: [CreditItem]) {
            // A linear check is cheaper than hashing for the few credits most tracks have.
            for item in items {
                if out.count < 16 {
                    if out.contains(item) { continue }
                    if out.count == 15 { seen = Set(out + [item]) }
                } else if !seen.insert(item).inserted {
                    continue
                }
                out.append(item)
            }
        }
        for credit in entry.track.extraArtists { add(Self.items(credit)) }
        let ranged = byPosition[entry.track.position ?? ""] ?? []
        guard !ranged.isEmpty else {
            for index in wholeRelease { add(releaseCredits[index]) }
            return out
        }
        // Both lists are ascending: merge them to keep the release's order.
        var whole = wholeRelease[...]
        var named = ranged[...]
        while let next = [whole.first, named.first].compactMap({ $0 }).min() {
            if whole.first == next { whole.removeFirst() }
            if named.first == next { named.removeFirst() }
            add(releaseCredits[next])
        }
        return out
    }

    /// One item per role of `credit`.
    private static func items(_ credit: ArtistCredit) -> [CreditItem] {
        let name = ArtistCreditFormatter.displayName(of: credit)
        return CreditRoles.split(credit.role ?? "").map { CreditItem(name: name, role: $0, artistID: credit.id) }
    }
}

/// Credit roles as Discogs writes them: a comma list whose items may carry bracketed details
/// (`Remix [Credited To], Producer [Additional]`).
public enum CreditRoles {
    /// The roles of a role list, split on commas outside brackets, trimmed; never empty (a blank
    /// list gives `["Credit"]`).
    public static func split(_ roles: String) -> [String] {
        // Brackets and commas are ASCII: walk the bytes (extraction splits every credit's roles).
        var out: [String] = []
        let bytes = roles.utf8
        var depth = 0
        var start = bytes.startIndex
        func take(upTo end: String.Index) {
            let role = String(decoding: bytes[start..<end], as: UTF8.self).trimmingWhitespace()
            if !role.isEmpty { out.append(role) }
        }
        var index = start
        while index != bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: "["), UInt8(ascii: "("): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: ")"): depth = max(0, depth - 1)
            case UInt8(ascii: ",") where depth == 0:
                take(upTo: index)
                start = bytes.index(after: index)
            default: break
            }
            index = bytes.index(after: index)
        }
        take(upTo: bytes.endIndex)
        return out.isEmpty ? ["Credit"] : out
    }

    /// The role without its bracketed detail: `Remix [Credited To]` → `Remix`.
    public static func base(_ role: String) -> String {
        guard let bracket = role.firstIndex(of: "[") else { return role.trimmingWhitespace() }
        return role[..<bracket].trimmingWhitespace()
    }

    /// Whether a role credits a remix (`Remix`, `Remix [Credited To]`; not `Remixed By`-style
    /// engineering such as `Remastered By`).
    public static func isRemix(_ role: String) -> Bool {
        let base = base(role).lowercased()
        return base == "remix" || base == "remixed by" || base == "re-mix"
    }
}
