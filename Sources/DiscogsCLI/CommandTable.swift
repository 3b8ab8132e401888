import DiscogsKit

/// One subcommand of `discogs`: its name, help and handler.
struct Command: Sendable {
    /// The name typed after `discogs`.
    let name: String
    /// One line saying what it does.
    let abstract: String
    /// The usage line after `discogs NAME`.
    let usage: String
    /// More help: examples and details.
    var discussion: String = ""
    /// The options it accepts.
    let options: [OptionSpec]
    /// Runs the command.
    let run: @Sendable (ParsedArguments, CLIContext) async throws -> ExitCode
}

/// The table of commands, the dispatcher and the generated help.
enum CommandLineTool {
    /// Every command, in the order help lists them.
    static var commands: [Command] {
        [LookupCommands.release, LookupCommands.master, LookupCommands.artist, LookupCommands.label,
         SearchCommand.command, EnrichCommand.command, DumpCommand.command, .parse]
    }

    /// Runs `discogs` with `arguments` (without the program name).
    static func run(_ arguments: [String], context: CLIContext = .standard) async -> ExitCode {
        guard let first = arguments.first else {
            context.err.write(help())
            return .usage
        }
        switch first {
        case "--help", "-h":
            context.out.write(help())
            return .success
        case "--version":
            context.out.line("discogs \(UserAgent.libraryVersion)")
            return .success
        case "help":
            guard arguments.count > 1 else {
                context.out.write(help())
                return .success
            }
            guard let command = command(named: arguments[1]) else {
                return usageFailure("unknown command “\(arguments[1])”.", context: context)
            }
            context.out.write(help(for: command))
            return .success
        default:
            break
        }
        guard let command = command(named: first) else {
            return usageFailure("unknown command “\(first)”.", context: context)
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            context.out.write(help(for: command))
            return .success
        }
        do {
            let parsed = try ArgumentScanner.scan(rest, options: command.options + [.flag("help", "Show this help.")])
            return try await command.run(parsed, context)
        } catch let error as UsageError {
            return usageFailure(error.message, context: context, command: command)
        } catch {
            context.err.line("discogs: \(describe(error))")
            return ExitCode.of(error)
        }
    }

    /// A one-line text for an error.
    static func describe(_ error: any Error) -> String {
        if let error = error as? DiscogsError {
            // A refused setting reads as the sentence it is, without the library's case name.
            if case .invalidRequest(let reason) = error { return reason }
            return error.description
        }
        if let error = error as? UsageError { return error.message }
        if error is CancellationError { return "cancelled." }
        return String(describing: error)
    }

    static func command(named name: String) -> Command? {
        commands.first { $0.name == name }
    }

    static func usageFailure(_ message: String, context: CLIContext, command: Command? = nil) -> ExitCode {
        let hint = command.map { "Run “discogs \($0.name) --help” for its options." } ?? "Run “discogs --help” for the commands."
        context.err.line("discogs: \(message) \(hint)")
        return .usage
    }

    /// The top-level help.
    static func help() -> String {
        var text = """
        discogs — look up Discogs data and enrich track lists (DiscogsKit \(UserAgent.libraryVersion))

        USAGE: discogs COMMAND [OPTIONS]

        COMMANDS:

        """
        let width = (commands.map(\.name.count).max() ?? 8) + 2
        for command in commands {
            text += "  " + command.name.padding(toLength: width, withPad: " ", startingAt: 0) + command.abstract + "\n"
        }
        text += """

          help COMMAND  Show a command's help (also: discogs COMMAND --help).

        OPTIONS:
          --help        Show this help.
          --version     Show the version.

        ENVIRONMENT:
          DISCOGS_TOKEN        personal access token (or DISCOGS_TOKEN_FILE: a file holding it)
          DISCOGS_BASE_URL     API root (default https://api.discogs.com)
          DISCOGS_USER_AGENT   User-Agent (default \(UserAgent.default))
          DISCOGS_TRANSPORT    curl, urlsession or automatic (default: curl on Linux)
          DISCOGS_LIBCURL      the libcurl to load (default libcurl.so.4)

        EXIT CODES: 0 success, 1 other failure, 2 usage error, 3 not found,
                    4 authentication needed or refused, 5 rate limit still exceeded after retries,
                    6 the server stopped answering (a run stops early; --resume continues).

        """
        return text
    }

    /// The help of one command.
    static func help(for command: Command) -> String {
        var text = "\(command.abstract)\n\nUSAGE: discogs \(command.name) \(command.usage)\n"
        if !command.discussion.isEmpty { text += "\n\(command.discussion)\n" }
        if !command.options.isEmpty {
            text += "\nOPTIONS:\n"
            let rendered = command.options.map { spec -> (String, String) in
                ("--\(spec.name)" + (spec.value.map { " \($0)" } ?? ""), spec.help)
            }
            let width = min(30, (rendered.map(\.0.count).max() ?? 10) + 2)
            for (left, right) in rendered {
                if left.count >= width {
                    text += "  \(left)\n  \(String(repeating: " ", count: width))\(right)\n"
                } else {
                    text += "  " + left.padding(toLength: width, withPad: " ", startingAt: 0) + right + "\n"
                }
            }
            text += "  " + "--help".padding(toLength: width, withPad: " ", startingAt: 0) + "Show this help.\n"
        }
        return text
    }
}
