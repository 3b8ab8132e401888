/// One part of a track title found in `( )`, `[ ]` or after ` - `, and what it says.
///
/// ```swift
/// let descriptor = TrackTitleParser.parse("Sandstorm (Dixon Edit)").descriptors[0]
/// descriptor.text              // "Dixon Edit"
/// descriptor.role              // .version
/// descriptor.label             // "Edit"
/// descriptor.remixers          // ["Dixon"]
/// descriptor.isTransformation  // true
/// ```
public struct TitleDescriptor: Sendable, Hashable {
    /// What a descriptor is.
    public enum Role: String, Sendable, Hashable, Codable {
        /// A version: remix, edit, mix, dub, live, remaster, instrumental… It is removed from
        /// the base title.
        case version
        /// Only featured artists (`feat. X`). It is removed from the base title.
        case featuring
        /// Anything else (`Like The Sunshine`, `1897`, `Part 2`): part of the song's name, so it
        /// stays in the base title.
        case subtitle
    }

    /// How the descriptor is set off in the title.
    public enum Enclosure: String, Sendable, Hashable, Codable {
        /// `( … )`
        case parentheses
        /// `[ … ]`
        case brackets
        /// After ` - ` (or an en or em dash with spaces) at the end of the title.
        case dash
    }

    /// The descriptor as written, without its brackets: `"Ferry Corsten Remix"`.
    public let text: String
    /// How it is set off.
    public let enclosure: Enclosure
    /// What it is.
    public let role: Role
    /// The kind of version in canonical spelling (`"Remix"`, `"Radio Edit"`, `"Original Mix"`,
    /// `"Live"`, `"Remaster"`), or `nil` for featuring and subtitles.
    public let label: String?
    /// Whether the version transforms the recording: a remix, another artist's named edit or
    /// mix, a rework, refix, flip, bootleg, VIP or dub version. Original, extended, radio, club
    /// and album versions, instrumentals and remasters are not.
    public let isTransformation: Bool
    /// Whether the descriptor says the recording is live (`Live`, `Live at …`, `Recorded Live …`).
    public let isLive: Bool
    /// The artists named as making the version, as written (`"Styles & Breeze"`, `"Karl Future"`).
    public let remixers: [String]
    /// The featured artists it names, as written.
    public let featuring: [String]

    /// Creates a descriptor; ``TrackTitleParser`` is the usual way.
    ///
    /// ```swift
    /// let subtitle = TitleDescriptor(text: "1897", enclosure: .parentheses, role: .subtitle)
    /// ```
    public init(text: String, enclosure: Enclosure, role: Role, label: String? = nil, isTransformation: Bool = false,
                isLive: Bool = false, remixers: [String] = [], featuring: [String] = []) {
        self.text = text
        self.enclosure = enclosure
        self.role = role
        self.label = label
        self.isTransformation = isTransformation
        self.isLive = isLive
        self.remixers = remixers
        self.featuring = featuring
    }
}

/// A track title split into its base title, its version descriptors and its credits.
///
/// ```swift
/// let title = TrackTitleParser.parse("I Need Your Lovin' (Like The Sunshine) (Ferry Corsten Remix)")
/// title.baseTitle   // "I Need Your Lovin' (Like The Sunshine)"
/// title.versions    // ["Ferry Corsten Remix"]
/// title.subtitles   // ["Like The Sunshine"]
/// title.isRemix     // true
/// title.remixers    // ["Ferry Corsten"]
/// title.remixType   // "Remix"
/// ```
public struct ParsedTitle: Sendable, Hashable {
    /// The title as given.
    public let title: String
    /// The title without its version and featuring descriptors. Subtitles that are not versions
    /// stay, as written.
    public let baseTitle: String
    /// Every descriptor found, in title order (subtitles included).
    public let descriptors: [TitleDescriptor]
    /// The version descriptors as written, in title order: `["Dixon Edit", "Remastered"]`.
    public let versions: [String]
    /// The non-version parenthesised or bracketed parts, as written; they are also in ``baseTitle``.
    public let subtitles: [String]
    /// Featured artists named in the title (`feat.`, `ft.`, `featuring`), as written.
    public let featuring: [String]
    /// Artists named as making a version, as written, without repeats.
    public let remixers: [String]
    /// The label of the main version: the first transformation's, else the first version's
    /// (`"Remix"`, `"Radio Edit"`, `"Live"`), or `nil` when the title has no version.
    public let remixType: String?
    /// Whether any version is a transformation (see ``TitleDescriptor/isTransformation``).
    public let isRemix: Bool
    /// Whether any descriptor says the recording is live. Never set by words of the base title
    /// ("Oliver", "Alive", "Live Forever").
    public let isLive: Bool

    /// Assembles a parsed title from its base and descriptors.
    ///
    /// ```swift
    /// let parsed = ParsedTitle(title: "Song (Live)", baseTitle: "Song",
    ///                          descriptors: [TitleDescriptor(text: "Live", enclosure: .parentheses,
    ///                                                        role: .version, label: "Live", isLive: true)])
    /// parsed.isLive  // true
    /// ```
    public init(title: String, baseTitle: String, descriptors: [TitleDescriptor], baseFeaturing: [String] = []) {
        self.title = title
        self.baseTitle = baseTitle
        self.descriptors = descriptors
        var versions: [String] = []
        var subtitles: [String] = []
        var featuring = baseFeaturing
        var remixers: [String] = []
        var firstTransformation: String?
        var firstVersion: String?
        var isRemix = false
        var isLive = false
        for descriptor in descriptors {
            featuring += descriptor.featuring
            switch descriptor.role {
            case .version:
                versions.append(descriptor.text)
                for remixer in descriptor.remixers where !remixers.contains(remixer) { remixers.append(remixer) }
                if descriptor.isTransformation {
                    isRemix = true
                    if firstTransformation == nil { firstTransformation = descriptor.label }
                }
                if firstVersion == nil { firstVersion = descriptor.label }
                isLive = isLive || descriptor.isLive
            case .subtitle:
                subtitles.append(descriptor.text)
            case .featuring:
                break
            }
        }
        self.versions = versions
        self.subtitles = subtitles
        self.featuring = featuring
        self.remixers = remixers
        self.remixType = firstTransformation ?? firstVersion
        self.isRemix = isRemix
        self.isLive = isLive
    }
}
