/// Renders ``ClientStatistics/Snapshot`` in the Prometheus text exposition format (version
/// 0.0.4), for node_exporter's textfile collector. The metric families are:
///
/// | family | type | labels |
/// |---|---|---|
/// | `discogs_requests_total` | counter | `status` |
/// | `discogs_retries_total` | counter | |
/// | `discogs_rate_limited_total` | counter | |
/// | `discogs_rate_limit_wait_seconds_total` | counter | |
/// | `discogs_request_duration_seconds` | histogram | `le` |
/// | `discogs_errors_total` | counter | `kind` |
/// | `discogs_failed_requests_total` | counter | |
/// | `discogs_circuit_opened_total` | counter | `reason` (`unreachable`, `rate_limited`) |
///
/// ```swift
/// let text = PrometheusTextFormat.render(statistics.snapshot())
/// // # HELP discogs_requests_total Answers received from Discogs, by HTTP status.
/// // # TYPE discogs_requests_total counter
/// // discogs_requests_total{status="200"} 298
/// // …
/// ```
public enum PrometheusTextFormat {
    /// The text for `snapshot`: every family with its HELP and TYPE lines, labels sorted, ending
    /// with a newline.
    public static func render(_ snapshot: ClientStatistics.Snapshot) -> String {
        var out: [String] = []
        family(&out, "discogs_requests_total", "counter", "Answers received from Discogs, by HTTP status.")
        for (status, count) in snapshot.responsesByStatus.sorted(by: { $0.key < $1.key }) {
            out.append("discogs_requests_total{status=\"\(status)\"} \(count)")
        }
        family(&out, "discogs_retries_total", "counter", "Attempts repeated after a failure.")
        out.append("discogs_retries_total \(snapshot.retries)")
        family(&out, "discogs_rate_limited_total", "counter", "429 Too Many Requests answers received.")
        out.append("discogs_rate_limited_total \(snapshot.rateLimited)")
        family(&out, "discogs_rate_limit_wait_seconds_total", "counter",
               "Seconds requests spent waiting for the rate limiter.")
        out.append("discogs_rate_limit_wait_seconds_total \(number(snapshot.rateLimitWait.seconds))")
        let histogram = snapshot.requestDuration
        family(&out, "discogs_request_duration_seconds", "histogram",
               "Seconds from sending an attempt to its complete answer or failure.")
        for (index, cumulative) in histogram.cumulativeCounts.enumerated() {
            let bound = index < histogram.bounds.count ? number(histogram.bounds[index]) : "+Inf"
            out.append("discogs_request_duration_seconds_bucket{le=\"\(bound)\"} \(cumulative)")
        }
        out.append("discogs_request_duration_seconds_sum \(number(histogram.sum.seconds))")
        out.append("discogs_request_duration_seconds_count \(histogram.count)")
        family(&out, "discogs_errors_total", "counter",
               "Failures by kind: attempts without an answer, and requests that failed.")
        for (kind, count) in snapshot.errorsByKind.sorted(by: { $0.key < $1.key }) {
            out.append("discogs_errors_total{kind=\"\(escape(kind))\"} \(count)")
        }
        family(&out, "discogs_failed_requests_total", "counter", "Requests that ended in an error after every attempt.")
        out.append("discogs_failed_requests_total \(snapshot.failedRequests)")
        family(&out, "discogs_circuit_opened_total", "counter", "Times the client stopped sending: an unreachable server, or 429s that kept coming.")
        out.append("discogs_circuit_opened_total{reason=\"unreachable\"} \(snapshot.unreachableTrips)")
        out.append("discogs_circuit_opened_total{reason=\"rate_limited\"} \(snapshot.rateLimitCircuitOpenings)")
        return out.joined(separator: "\n") + "\n"
    }

    private static func family(_ out: inout [String], _ name: String, _ type: String, _ help: String) {
        out.append("# HELP \(name) \(help)")
        out.append("# TYPE \(name) \(type)")
    }

    /// A sample value: integers without a fraction, others in the shortest exact form.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Escapes a label value: backslash, double quote and line feed.
    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
