/// The words the title parser recognises in version descriptors, keyed by their normalised
/// form (ASCII lower case, surrounding punctuation and a trailing dot removed).
enum TitleVocabulary {
    /// Whether a version noun marks a transformation of the recording.
    enum Transformation {
        /// Always (`Remix`, `Dub`, `VIP`, `Bootleg`, `Rework`, `Refix`, `Flip`, `Re-Edit`).
        case always
        /// Only when another artist's name comes first (`Dixon Edit`, `Derrick May Mix`, not
        /// `Radio Edit` or `Club Mix`).
        case named
        /// Never (`Version`, `Remaster`, `Instrumental`, `Reprise`, `Demo`).
        case never
    }

    /// What a word means in a descriptor.
    struct Word {
        /// The canonical spelling used in labels (`rmx` → `Remix`).
        let display: String
        /// Set for nouns that end a version descriptor (`Mix`, `Edit`, `Remix`).
        let noun: Transformation?
        /// Whether it may sit before a noun without being a name (`Radio`, `Club`, `Extended`).
        let qualifier: Bool
        /// Whether it makes a version on its own (`Extended`, `Instrumental`, `Mono`).
        let standalone: Bool
        /// Whether it makes the transformation flag `always` true wherever it sits in the
        /// kind phrase (`Dub Mix`, `VIP Mix`).
        let transforms: Bool

        init(_ display: String, noun: Transformation? = nil, qualifier: Bool = true, standalone: Bool = false,
             transforms: Bool = false) {
            self.display = display
            self.noun = noun
            self.qualifier = qualifier
            self.standalone = standalone
            self.transforms = transforms
        }
    }

    static let words: [String: Word] = {
        var words: [String: Word] = [:]
        func add(_ keys: [String], _ word: Word) { for key in keys { words[key] = word } }
        // Nouns that make a transformation wherever they are.
        add(["remix", "rmx", "re-mix"], Word("Remix", noun: .always, transforms: true))
        add(["re-edit", "reedit", "re-edition"], Word("Re-Edit", noun: .always, transforms: true))
        add(["rework", "re-work"], Word("Rework", noun: .always, transforms: true))
        add(["refix", "re-fix"], Word("Refix", noun: .always, transforms: true))
        add(["flip"], Word("Flip", noun: .always, transforms: true))
        add(["bootleg", "boot-leg"], Word("Bootleg", noun: .always, standalone: true, transforms: true))
        add(["vip"], Word("VIP", noun: .always, standalone: true, transforms: true))
        add(["dub"], Word("Dub", noun: .always, standalone: true, transforms: true))
        add(["rerub", "re-rub"], Word("Rerub", noun: .always, transforms: true))
        add(["mashup", "mash-up"], Word("Mashup", noun: .always, transforms: true))
        add(["remake"], Word("Remake", noun: .always, transforms: true))
        // Nouns whose transformation depends on a name before them.
        add(["mix"], Word("Mix", noun: .named))
        add(["edit"], Word("Edit", noun: .named))
        // Nouns that never make a transformation.
        add(["version", "versión"], Word("Version", noun: .never))
        add(["remaster", "remastering"], Word("Remaster", noun: .never, standalone: true))
        add(["remastered"], Word("Remastered", noun: .never, standalone: true))
        add(["reprise"], Word("Reprise", noun: .never, standalone: true))
        add(["instrumental", "inst", "instr"], Word("Instrumental", noun: .never, standalone: true))
        add(["acapella", "accapella", "acappella", "a-cappella", "cappella", "capella", "accappella"],
            Word("Acapella", noun: .never, standalone: true))
        add(["demo"], Word("Demo", noun: .never, standalone: true))
        // Words that make a version on their own.
        add(["extended", "ext"], Word("Extended", standalone: true))
        add(["original", "orig"], Word("Original", standalone: true))
        add(["mono"], Word("Mono", standalone: true))
        add(["stereo"], Word("Stereo", standalone: true))
        add(["acoustic"], Word("Acoustic", standalone: true))
        add(["unplugged"], Word("Unplugged", standalone: true))
        add(["explicit"], Word("Explicit", standalone: true))
        add(["clean"], Word("Clean", standalone: true))
        add(["censored"], Word("Censored", standalone: true))
        add(["uncensored"], Word("Uncensored", standalone: true))
        add(["vocal"], Word("Vocal", standalone: true))
        add(["dirty"], Word("Dirty", standalone: true))
        add(["live"], Word("Live"))
        // Qualifiers: only before a noun.
        for (key, display) in [
            ("radio", "Radio"), ("club", "Club"), ("album", "Album"), ("single", "Single"),
            ("vox", "Vox"), ("main", "Main"), ("long", "Long"), ("short", "Short"), ("full", "Full"),
            ("length", "Length"), ("alternate", "Alternate"), ("alternative", "Alternative"), ("alt", "Alt"),
            ("intro", "Intro"), ("outro", "Outro"), ("uk", "UK"), ("us", "US"), ("usa", "USA"), ("dj", "DJ"),
            ("dance", "Dance"), ("disco", "Disco"), ("house", "House"), ("acid", "Acid"), ("techno", "Techno"),
            ("trance", "Trance"), ("deep", "Deep"), ("special", "Special"), ("bonus", "Bonus"), ("new", "New"),
            ("digital", "Digital"), ("digitally", "Digitally"), ("piano", "Piano"), ("orchestral", "Orchestral"),
            ("lp", "LP"), ("ep", "EP"), ("cd", "CD"), ("tv", "TV"), ("a", "A"),
            ("#inch", "Inch"), ("studio", "Studio"), ("early", "Early"), ("rough", "Rough"), ("video", "Video"),
            ("continuous", "Continuous"), ("nonstop", "Nonstop"), ("non-stop", "Non-Stop"), ("rap", "Rap"),
            ("revival", "Revival"), ("karaoke", "Karaoke"),
        ] {
            words[key] = Word(display)
        }
        return words
    }()

    /// Normalised words that introduce featured artists inside a descriptor.
    static let featuring: Set<String> = ["feat", "featuring", "ft", "fea", "feat's"]

    /// Past-tense verbs that take `by NAME` (`Remixed by X`), with the label they give.
    static let byVerbs: [String: String] = [
        "remixed": "Remix", "remix": "Remix", "rmx": "Remix", "edited": "Edit", "edit": "Edit",
        "re-edited": "Re-Edit", "re-edit": "Re-Edit", "reworked": "Rework", "rework": "Rework",
        "refixed": "Refix", "refix": "Refix", "flipped": "Flip", "flip": "Flip", "dub": "Dub",
        "dubbed": "Dub", "bootleg": "Bootleg", "bootlegged": "Bootleg", "mix": "Mix", "version": "Version",
    ]

    /// Words after `live` that make it a live descriptor (`Live at …`, `Live Version`).
    static let liveFollowers: Set<String> = [
        "at", "in", "from", "on", "@", "version", "edit", "mix", "recording", "take", "session", "sessions",
        "performance", "set", "and", "&", "-", "–", "with", "for", "to", "track", "cut", "bootleg",
    ]

    /// Words for numbers after `Part` (`Part Two`).
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
    ]
}
