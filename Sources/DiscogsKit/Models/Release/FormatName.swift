/// The name of a physical or digital format (`formats[].name`), e.g. `Vinyl`, `CD`, `File`, `Box Set`.
///
/// Discogs keeps adding format names; any name not listed here decodes as ``unknown(_:)`` and
/// encodes back unchanged (see ``LossyEnum``).
///
/// ```swift
/// let isVinyl = release.formats.contains { $0.name == .vinyl }
/// ```
public enum FormatName: LossyEnum {
    /// `Vinyl`.
    case vinyl
    /// `Acetate`.
    case acetate
    /// `Flexi-disc`.
    case flexiDisc
    /// `Lathe Cut`.
    case latheCut
    /// `Shellac`.
    case shellac
    /// `CD`.
    case cd
    /// `CDr`.
    case cdr
    /// `CDV`.
    case cdv
    /// `DVD`.
    case dvd
    /// `DVDr`.
    case dvdr
    /// `HD DVD`.
    case hdDVD
    /// `Blu-ray`.
    case bluRay
    /// `Blu-ray-R`.
    case bluRayR
    /// `Ultra HD Blu-ray`.
    case ultraHDBluRay
    /// `SACD`.
    case sacd
    /// `Cassette`.
    case cassette
    /// `Microcassette`.
    case microcassette
    /// `4-Track Cartridge`.
    case fourTrackCartridge
    /// `8-Track Cartridge`.
    case eightTrackCartridge
    /// `DAT`.
    case dat
    /// `DCC`.
    case dcc
    /// `Reel-To-Reel`.
    case reelToReel
    /// `Minidisc`.
    case minidisc
    /// `VHS`.
    case vhs
    /// `Betamax`.
    case betamax
    /// `Laserdisc`.
    case laserdisc
    /// `File`.
    case file
    /// `Floppy Disk`.
    case floppyDisk
    /// `Memory Stick`.
    case memoryStick
    /// `Hybrid`.
    case hybrid
    /// `All Media`.
    case allMedia
    /// `Box Set`.
    case boxSet
    /// A format name this version of DiscogsKit does not know, kept as sent.
    case unknown(String)

    /// Every case but ``unknown(_:)``.
    public static let knownCases: [FormatName] = [
        .vinyl, .acetate, .flexiDisc, .latheCut, .shellac, .cd, .cdr, .cdv, .dvd, .dvdr, .hdDVD, .bluRay,
        .bluRayR, .ultraHDBluRay, .sacd, .cassette, .microcassette, .fourTrackCartridge, .eightTrackCartridge,
        .dat, .dcc, .reelToReel, .minidisc, .vhs, .betamax, .laserdisc, .file, .floppyDisk, .memoryStick,
        .hybrid, .allMedia, .boxSet,
    ]

    /// The name as Discogs spells it.
    public var rawValue: String {
        switch self {
        case .vinyl: "Vinyl"
        case .acetate: "Acetate"
        case .flexiDisc: "Flexi-disc"
        case .latheCut: "Lathe Cut"
        case .shellac: "Shellac"
        case .cd: "CD"
        case .cdr: "CDr"
        case .cdv: "CDV"
        case .dvd: "DVD"
        case .dvdr: "DVDr"
        case .hdDVD: "HD DVD"
        case .bluRay: "Blu-ray"
        case .bluRayR: "Blu-ray-R"
        case .ultraHDBluRay: "Ultra HD Blu-ray"
        case .sacd: "SACD"
        case .cassette: "Cassette"
        case .microcassette: "Microcassette"
        case .fourTrackCartridge: "4-Track Cartridge"
        case .eightTrackCartridge: "8-Track Cartridge"
        case .dat: "DAT"
        case .dcc: "DCC"
        case .reelToReel: "Reel-To-Reel"
        case .minidisc: "Minidisc"
        case .vhs: "VHS"
        case .betamax: "Betamax"
        case .laserdisc: "Laserdisc"
        case .file: "File"
        case .floppyDisk: "Floppy Disk"
        case .memoryStick: "Memory Stick"
        case .hybrid: "Hybrid"
        case .allMedia: "All Media"
        case .boxSet: "Box Set"
        case .unknown(let value): value
        }
    }
}
