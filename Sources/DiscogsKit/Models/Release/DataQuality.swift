/// How complete and correct the community judges a database entry (`data_quality`).
///
/// Decodes any string: a value Discogs adds later arrives as ``unknown(_:)`` and encodes back
/// unchanged (see ``LossyEnum``).
///
/// ```swift
/// if release.dataQuality == .needsVote { … }
/// ```
public enum DataQuality: LossyEnum {
    /// `Complete and Correct`: Fully verified.
    case completeAndCorrect
    /// `Correct`: Correct as far as it goes.
    case correct
    /// `Needs Vote`: Awaiting votes.
    case needsVote
    /// `Needs Minor Changes`: Mostly right.
    case needsMinorChanges
    /// `Needs Major Changes`: Substantially wrong.
    case needsMajorChanges
    /// `Entirely Incorrect`: Wrong throughout.
    case entirelyIncorrect
    /// `Entirely Incorrect Edit`: An edit judged wrong throughout.
    case entirelyIncorrectEdit
    /// A value this version of DiscogsKit does not know, kept as sent.
    case unknown(String)

    /// Every case but ``unknown(_:)``.
    public static let knownCases: [DataQuality] = [.completeAndCorrect, .correct, .needsVote, .needsMinorChanges, .needsMajorChanges, .entirelyIncorrect, .entirelyIncorrectEdit]

    /// The value as Discogs spells it.
    public var rawValue: String {
        switch self {
        case .completeAndCorrect: "Complete and Correct"
        case .correct: "Correct"
        case .needsVote: "Needs Vote"
        case .needsMinorChanges: "Needs Minor Changes"
        case .needsMajorChanges: "Needs Major Changes"
        case .entirelyIncorrect: "Entirely Incorrect"
        case .entirelyIncorrectEdit: "Entirely Incorrect Edit"
        case .unknown(let value): value
        }
    }
}
