/// Text quoting the sinks share.
enum SinkText {
    /// `value` between two `quote`s, with each `quote` inside it doubled: the quoting of both
    /// RFC 4180 CSV fields (`"`) and standard SQL string literals (`'`).
    ///
    /// Hand-rolled rather than `replacingOccurrences(of:with:)`, which took about half of the CSV
    /// sink's time on Linux (see `Benchmarks/SinkBenchmark`).
    static func doubling(_ quote: Unicode.Scalar, in value: String) -> String {
        var quoted = String.UnicodeScalarView()
        quoted.append(quote)
        for scalar in value.unicodeScalars {
            if scalar == quote { quoted.append(quote) }
            quoted.append(scalar)
        }
        quoted.append(quote)
        return String(quoted)
    }
}
