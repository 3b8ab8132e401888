/// Decides what one title descriptor (the text inside `( )`, `[ ]` or after ` - `) is.
///
/// Rules, in order:
/// 1. `feat. X`, `ft. X`, `featuring X` → featuring; a featuring phrase later in the text is
///    split off (`HU Intro Mix Feat. Dark Angel`).
/// 2. Trailing `Part 2` / `Pt. II` and numbers (`Remastered 2011`) are set aside.
/// 3. `Remix by X`, `Remixed by X`, `Edit by X` → a version made by X.
/// 4. A text ending in a version noun (`Remix`, `Mix`, `Edit`, `Dub`, `Version`, `Remaster`…,
///    or a compound such as `Fear-edit`) is a version; the words before the noun that are
///    qualifiers (`Radio`, `Club`, `Extended`, `12''`) form the kind, the rest is the maker's
///    name, cut at a possessive (`Karl Future's Hardcore Junglist Remix` → `Karl Future`) or a
///    quotation (`Dougal & Gammer "The Beat's The Bass" Remix` → `Dougal & Gammer`).
/// 5. A text of version words only (`Extended`, `Original`, `Mono`, `Live`) is a version.
/// 6. `Live`, `Live at …`, `Live in …`, `Recorded Live …`, `… Live` → live.
/// 7. Anything else is a subtitle.
enum TitleDescriptorClassifier {
    static func classify(_ bytes: [UInt8], _ range: Range<Int>, enclosure: TitleDescriptor.Enclosure) -> TitleDescriptor {
        let text = ASCII.string(bytes, range)
        let tokens = TitleToken.tokens(bytes, range)
        let subtitle = TitleDescriptor(text: text, enclosure: enclosure, role: .subtitle)
        guard !tokens.isEmpty else { return subtitle }
        if let feat = tokens.firstIndex(where: { TitleVocabulary.featuring.contains($0.norm) }) {
            guard feat + 1 < tokens.count else { return subtitle }
            let names = [name(bytes, from: tokens[feat + 1].start, to: tokens[tokens.count - 1].end)].compactMap { $0 }
            if feat == 0 {
                return names.isEmpty ? subtitle : TitleDescriptor(text: text, enclosure: enclosure, role: .featuring,
                                                                  featuring: names)
            }
            guard let version = analyzePieces(bytes, Array(tokens[..<feat])) else { return subtitle }
            return TitleDescriptor(text: text, enclosure: enclosure, role: .version, label: version.label,
                                   isTransformation: version.transformation, isLive: version.live,
                                   remixers: version.remixers, featuring: names)
        }
        guard let version = analyzePieces(bytes, tokens) else { return subtitle }
        return TitleDescriptor(text: text, enclosure: enclosure, role: .version, label: version.label,
                               isTransformation: version.transformation, isLive: version.live,
                               remixers: version.remixers)
    }

    struct Version {
        var label: String?
        var transformation: Bool
        var live: Bool
        var remixers: [String]
    }

    /// The version of a descriptor that may list several (`Dixon Remix - Radio Edit`,
    /// `Remastered / Mono`): each piece between ` - ` or ` / ` is read on its own and the
    /// versions among them are merged; `nil` when no piece is a version.
    static func analyzePieces(_ bytes: [UInt8], _ tokens: [TitleToken]) -> Version? {
        var pieces: [[TitleToken]] = [[]]
        for token in tokens {
            if isSeparator(bytes, token) { pieces.append([]) } else { pieces[pieces.count - 1].append(token) }
        }
        if pieces.count == 1 { return analyze(bytes, tokens) }
        let versions = pieces.filter { !$0.isEmpty }.compactMap { analyze(bytes, $0) }
        guard let first = versions.first else { return nil }
        var merged = Version(label: versions.first(where: \.transformation)?.label ?? first.label,
                             transformation: false, live: false, remixers: [])
        for version in versions {
            merged.transformation = merged.transformation || version.transformation
            merged.live = merged.live || version.live
            for remixer in version.remixers where !merged.remixers.contains(remixer) { merged.remixers.append(remixer) }
        }
        return merged
    }

    /// Whether a word is a bare `-`, `–`, `—`, `/` or `|`.
    private static func isSeparator(_ bytes: [UInt8], _ token: TitleToken) -> Bool {
        let width = token.end - token.start
        if width == 1 {
            let byte = bytes[token.start]
            return byte == ASCII.hyphen || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "|")
        }
        return width == 3 && bytes[token.start] == 0xE2 && bytes[token.start + 1] == 0x80
            && (bytes[token.start + 2] == 0x93 || bytes[token.start + 2] == 0x94)
    }

    /// The version `tokens` describe, or `nil` when they are not a version.
    static func analyze(_ bytes: [UInt8], _ tokens: [TitleToken]) -> Version? {
        let live = isLive(tokens)
        var core = tokens[...]
        if core.count >= 2, ["part", "pt"].contains(core[core.endIndex - 2].norm),
           core.last!.numeric || TitleVocabulary.numberWords.contains(core.last!.norm) {
            core = core.dropLast(2)
        }
        while let last = core.last, last.numeric { core = core.dropLast() }
        guard let last = core.last else { return live ? Version(label: "Live", transformation: false, live: true, remixers: []) : nil }
        let words = TitleVocabulary.words

        // `Remix by X`
        if core.count >= 3 {
            for index in core.startIndex + 1..<core.endIndex - 1 where core[index].norm == "by" {
                guard let verb = TitleVocabulary.byVerbs[core[index - 1].norm] else { continue }
                let maker = name(bytes, from: core[index + 1].start, to: core[core.endIndex - 1].end)
                let noun = words[verb.lowercased()]?.noun ?? .never
                let transformation = noun == .always || (noun == .named && maker != nil)
                let kind = core[core.startIndex..<index - 1].compactMap { words[$0.norm].map(\.display) } + [verb]
                return Version(label: kind.joined(separator: " "), transformation: transformation, live: live,
                               remixers: transformation ? maker.map { [$0] } ?? [] : [])
            }
        }

        // `… Noun`
        var noun = words[last.norm].flatMap { $0.noun != nil ? $0 : nil }
        var compound = false
        if noun == nil, let hyphen = last.norm.lastIndex(of: "-") {
            let suffix = String(last.norm[last.norm.index(after: hyphen)...])
            if let word = words[suffix], word.noun != nil {
                noun = word
                compound = true
            }
        }
        guard let noun, let nounKind = noun.noun else {
            let allVersionWords = core.allSatisfy { words[$0.norm] != nil }
            if allVersionWords, core.contains(where: { words[$0.norm]?.standalone == true }) || live {
                let transformation = core.contains { words[$0.norm]?.transforms == true }
                return Version(label: label(bytes, core), transformation: transformation, live: live, remixers: [])
            }
            return live ? Version(label: "Live", transformation: false, live: true, remixers: []) : nil
        }
        var kindStart = core.endIndex - 1
        if !compound {
            while kindStart > core.startIndex, words[core[kindStart - 1].norm] != nil || core[kindStart - 1].numeric {
                kindStart -= 1
            }
        }
        let kind = core[kindStart...]
        let maker = makerName(bytes, core[core.startIndex..<kindStart])
        let original = core.contains { $0.norm == "original" || $0.norm == "orig" }
        let transformation = noun.transforms || kind.contains { words[$0.norm]?.transforms == true }
            || (nounKind == .named && maker != nil && !original)
        var kindLabel = compound ? noun.display : label(bytes, kind)
        if original, let current = kindLabel, !current.hasPrefix("Original") { kindLabel = "Original " + current }
        return Version(label: kindLabel, transformation: transformation,
                       live: live, remixers: transformation && !original ? maker.map { [$0] } ?? [] : [])
    }

    /// Whether the words say live: `Live` alone or last, `Recorded Live`, or `Live` before
    /// `at`, `in`, `from`, `Version`, `Edit`, a year…
    static func isLive(_ tokens: [TitleToken]) -> Bool {
        for (index, token) in tokens.enumerated() where token.norm == "live" {
            if index == tokens.count - 1 { return true }
            if index > 0, tokens[index - 1].norm == "recorded" { return true }
            let next = tokens[index + 1]
            if next.numeric || TitleVocabulary.liveFollowers.contains(next.norm) { return true }
        }
        for index in tokens.indices.dropLast() where tokens[index].norm == "in" && tokens[index + 1].norm == "concert" {
            return true
        }
        return false
    }

    /// The canonical label of the kind words (`Radio Edit`), numbers left out.
    static func label(_ bytes: [UInt8], _ tokens: ArraySlice<TitleToken>) -> String? {
        var parts: [String] = []
        // "a" only qualifies "Cappella"; it never shows in a label.
        for token in tokens where !token.numeric && token.norm != "a" {
            if token.norm == "#inch" {
                var digits = token.start
                while digits < token.end, !ASCII.isDigit(bytes[digits]) { digits += 1 }
                var end = digits
                while end < token.end, ASCII.isDigit(bytes[end]) { end += 1 }
                parts.append(ASCII.string(bytes, digits..<end) + "\"")
            } else if let word = TitleVocabulary.words[token.norm] {
                parts.append(word.display)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The maker's name in the words before the kind, as written: cut at a quotation or a
    /// possessive; `nil` when nothing but numbers or version words remain.
    static func makerName(_ bytes: [UInt8], _ tokens: ArraySlice<TitleToken>) -> String? {
        var tokens = tokens
        if let quote = tokens.firstIndex(where: { $0.opensQuote }),
           tokens[quote...].contains(where: { $0.closesQuote }) {
            tokens = tokens[..<quote]
        }
        var end = tokens.last?.end ?? 0
        if let possessive = tokens.firstIndex(where: { $0.possessive }) {
            end = tokens[possessive].nameEnd
            tokens = tokens[...possessive]
        }
        guard let first = tokens.first,
              tokens.contains(where: { !$0.numeric && TitleVocabulary.words[$0.norm] == nil }) else { return nil }
        return name(bytes, from: first.start, to: end)
    }

    /// `bytes[start..<end]` without surrounding white space and separators, or `nil` when empty.
    static func name(_ bytes: [UInt8], from start: Int, to end: Int) -> String? {
        var lower = start
        var upper = end
        while lower < upper, ASCII.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower {
            let byte = bytes[upper - 1]
            if ASCII.isSpace(byte) || byte == ASCII.comma || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
                || byte == ASCII.hyphen {
                upper -= 1
            } else {
                break
            }
        }
        return lower < upper ? ASCII.string(bytes, lower..<upper) : nil
    }
}
