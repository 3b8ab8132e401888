/// A release's credits resolved per track: the track's own `extraartists` plus the release-level
/// ones whose `tracks` range covers it.
///
/// ```swift
/// let credits = ReleaseCredits(release)
/// credits.credits(for: track)   // [CreditItem(name: "Tiësto", role: "Mixed By"), …]
/// credits.issues                 // ranges that named positions the tracklist lacks
/// ```
public struct ReleaseCredits: Sendable {
    /// Release-level credits with the positions they cover (`nil` = the whole release).
    private let ranged: [(credit: ArtistCredit, positions: Set<String>?)]
    /// Ranges that named unknown positions, as sentences.
    public let issues: [String]

    /// Resolves every release-level credit range of `release`.
    public init(_ release: Release) {
        let parser = CreditRangeParser(positions: release.allPositions)
        var ranged: [(ArtistCredit, Set<String>?)] = []
        var issues: [String] = []
        for credit in release.extraArtists {
            let spec = credit.tracks?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !spec.isEmpty else {
                ranged.append((credit, nil))
                continue
            }
            let range = parser.resolve(spec)
            if range.appliesToWholeRelease {
                ranged.append((credit, nil))
            } else {
                ranged.append((credit, Set(range.positions)))
            }
            for issue in range.issues {
                issues.append("credit “\(credit.name)” (\(credit.role ?? "")) tracks “\(spec)”: \(issue.description)")
            }
        }
        self.ranged = ranged
        self.issues = issues
    }

    /// The credits of one playable track, each role its own item, in order: the track's own,
    /// then the release's.
    public func credits(for entry: PlayableTrack) -> [CreditItem] {
        var out: [CreditItem] = []
        func add(_ credit: ArtistCredit) {
            let name = ArtistCreditFormatter.displayName(of: credit)
            for role in CreditRoles.split(credit.role ?? "") {
                let item = CreditItem(name: name, role: role, artistID: credit.id)
                if !out.contains(item) { out.append(item) }
            }
        }
        entry.track.extraArtists.forEach(add)
        let position = entry.track.position ?? ""
        for (credit, positions) in ranged where positions == nil || positions?.contains(position) == true {
            add(credit)
        }
        return out
    }
}

/// Credit roles as Discogs writes them: a comma list whose items may carry bracketed details
/// (`Remix [Credited To], Producer [Additional]`).
public enum CreditRoles {
    /// The roles of a role list, split on commas outside brackets, trimmed; never empty (a blank
    /// list gives `["Credit"]`).
    public static func split(_ roles: String) -> [String] {
        var out: [String] = []
        var current = ""
        var depth = 0
        for character in roles {
            switch character {
            case "[", "(": depth += 1; current.append(character)
            case "]", ")": depth = max(0, depth - 1); current.append(character)
            case "," where depth == 0:
                let role = current.trimmingCharacters(in: .whitespaces)
                if !role.isEmpty { out.append(role) }
                current = ""
            default: current.append(character)
            }
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { out.append(last) }
        return out.isEmpty ? ["Credit"] : out
    }

    /// The role without its bracketed detail: `Remix [Credited To]` → `Remix`.
    public static func base(_ role: String) -> String {
        guard let bracket = role.firstIndex(of: "[") else { return role.trimmingCharacters(in: .whitespaces) }
        return role[..<bracket].trimmingCharacters(in: .whitespaces)
    }

    /// Whether a role credits a remix (`Remix`, `Remix [Credited To]`; not `Remixed By`-style
    /// engineering such as `Remastered By`).
    public static func isRemix(_ role: String) -> Bool {
        let base = base(role).lowercased()
        return base == "remix" || base == "remixed by" || base == "re-mix"
    }
}
