/// One option a command accepts.
struct OptionSpec: Sendable {
    /// The long name without dashes, e.g. `per-page`.
    let name: String
    /// The value's placeholder (e.g. `N`), or `nil` for a flag.
    let value: String?
    /// One line of help.
    let help: String
    /// Whether the option may be given more than once.
    var repeatable = false

    /// A flag.
    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, value: nil, help: help)
    }

    /// An option with a value.
    static func option(_ name: String, _ value: String, _ help: String, repeatable: Bool = false) -> OptionSpec {
        OptionSpec(name: name, value: value, help: help, repeatable: repeatable)
    }
}

/// The command line after scanning: positionals, option values and flags.
struct ParsedArguments: Sendable {
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    /// The last value of option `name`.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of option `name`.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// Whether flag `name` was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// Option `name` as an integer within `range`.
    /// - Throws: ``UsageError`` naming the option when the value is not such a number.
    func int(_ name: String, in range: ClosedRange<Int> = Int.min...Int.max) throws -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(number) else {
            let bounds = range == Int.min...Int.max ? "" : " from \(range.lowerBound) to \(range.upperBound)"
            throw UsageError("--\(name) takes a whole number\(bounds), not “\(text)”.")
        }
        return number
    }

    /// Option `name` as a number.
    /// - Throws: ``UsageError`` when it is not a number in `range`.
    func double(_ name: String, in range: ClosedRange<Double> = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude) throws -> Double? {
        guard let text = value(name) else { return nil }
        guard let number = Double(text.trimmingCharacters(in: .whitespaces)), range.contains(number) else {
            throw UsageError("--\(name) takes a number from \(range.lowerBound) to \(range.upperBound), not “\(text)”.")
        }
        return number
    }
}

/// Scans arguments against a command's option specs: `--name value`, `--name=value`, flags,
/// `--` ending options, and `-` as a positional (standard input).
enum ArgumentScanner {
    /// Scans `arguments`.
    /// - Throws: ``UsageError`` for an unknown option, a missing value, a value given to a flag, or
    ///   a non-repeatable option given twice.
    static func scan(_ arguments: [String], options: [OptionSpec]) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        let byName = Dictionary(options.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("--") {
                if !onlyPositionals, argument.count > 1, argument.hasPrefix("-"), Int(argument) == nil {
                    throw UsageError("unknown option \(argument); options are written with two dashes, e.g. --help.")
                }
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = String(argument.dropFirst(2))
            var inline: String?
            if let eq = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            guard let spec = byName[name] else {
                let known = options.map { "--\($0.name)" }.sorted().joined(separator: ", ")
                throw UsageError("unknown option --\(name). Known options: \(known).")
            }
            if spec.value == nil {
                if inline != nil { throw UsageError("--\(name) is a flag and takes no value.") }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else {
                guard index < arguments.count else {
                    throw UsageError("--\(name) needs a value (\(spec.value ?? "VALUE")).")
                }
                value = arguments[index]
                index += 1
            }
            if !spec.repeatable, parsed.values[name] != nil {
                throw UsageError("--\(name) was given more than once.")
            }
            parsed.values[name, default: []].append(value)
        }
        return parsed
    }
}
