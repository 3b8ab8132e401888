import Foundation

// The `discogs` command: a thin shell over DiscogsKit. Every handler parses its arguments, calls
// the library and renders the result; the logic lives in the library.
let code = await CommandLineTool.run(Array(CommandLine.arguments.dropFirst()))
StandardStreams.out.flush()
StandardStreams.err.flush()
exit(code.rawValue)
