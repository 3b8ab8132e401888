/// A currency Discogs prices in (`curr_abbr`, `currency`).
///
/// Decodes any string: a value Discogs adds later arrives as ``unknown(_:)`` and encodes back
/// unchanged (see ``LossyEnum``).
///
/// ```swift
/// let price = Price(value: 18.07, currency: .usd)
/// ```
public enum Currency: LossyEnum {
    /// `USD`: US dollar.
    case usd
    /// `GBP`: Pound sterling.
    case gbp
    /// `EUR`: Euro.
    case eur
    /// `CAD`: Canadian dollar.
    case cad
    /// `AUD`: Australian dollar.
    case aud
    /// `JPY`: Japanese yen.
    case jpy
    /// `CHF`: Swiss franc.
    case chf
    /// `MXN`: Mexican peso.
    case mxn
    /// `BRL`: Brazilian real.
    case brl
    /// `NZD`: New Zealand dollar.
    case nzd
    /// `SEK`: Swedish krona.
    case sek
    /// `ZAR`: South African rand.
    case zar
    /// A value this version of DiscogsKit does not know, kept as sent.
    case unknown(String)

    /// Every case but ``unknown(_:)``.
    public static let knownCases: [Currency] = [.usd, .gbp, .eur, .cad, .aud, .jpy, .chf, .mxn, .brl, .nzd, .sek, .zar]

    /// The value as Discogs spells it.
    public var rawValue: String {
        switch self {
        case .usd: "USD"
        case .gbp: "GBP"
        case .eur: "EUR"
        case .cad: "CAD"
        case .aud: "AUD"
        case .jpy: "JPY"
        case .chf: "CHF"
        case .mxn: "MXN"
        case .brl: "BRL"
        case .nzd: "NZD"
        case .sek: "SEK"
        case .zar: "ZAR"
        case .unknown(let value): value
        }
    }
}
