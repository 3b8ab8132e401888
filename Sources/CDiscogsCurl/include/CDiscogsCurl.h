// A small, typed face over libcurl, loaded at run time.
//
// libcurl's headers are not installed on a machine that has only the Swift toolchain, but its
// runtime (libcurl.so.4) is, because FoundationNetworking links it. This target therefore
// declares nothing of curl.h: it opens the library with dlopen, looks up the handful of
// functions it uses, and exposes non-variadic functions whose types Swift can import.
//
// One dk_transfer is one HTTP exchange (a curl easy handle plus the buffers its callbacks fill);
// one dk_multi is a curl multi handle with its connection pool. A dk_multi and the transfers added
// to it must be driven from one thread at a time; dk_multi_wakeup may be called from any thread.
#ifndef CDISCOGSCURL_H
#define CDISCOGSCURL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Loads libcurl once per process. Returns 0 when it is usable; otherwise writes why into
/// `reason` (NUL-terminated, cut to `reason_size`) and returns -1. Later calls return the
/// first call's result.
int dk_curl_load(char *reason, size_t reason_size);

/// libcurl's version string ("libcurl/7.88.1 OpenSSL/3.0.19 ..."), or "" before a successful load.
const char *dk_curl_version(void);

/// Whether the loaded libcurl can refuse to send a request a second time on its own
/// (CURLOPT_PREREQFUNCTION, libcurl 7.80 and later). Without it, connections are not reused.
int dk_curl_can_guard_resends(void);

/// The text libcurl gives for one of its result codes.
const char *dk_curl_strerror(int code);

typedef struct dk_transfer dk_transfer;
typedef struct dk_multi dk_multi;

/// Limits a transfer obeys.
typedef struct dk_limits {
    long connect_timeout_ms;   ///< 0: libcurl's default.
    long total_timeout_ms;     ///< 0: none.
    long low_speed_bytes;      ///< below this many bytes per second ...
    long low_speed_seconds;    ///< ... for this long, the transfer fails; 0: off.
    int64_t max_body_bytes;    ///< decoded body cap; over it the transfer ends with too_large.
    int64_t max_header_bytes;  ///< header bytes cap; over it the transfer ends with header_too_large.
    int reuse_connections;     ///< 0: a new connection for every request.
    int verify_tls;            ///< 1 always, except in tests against local self-signed servers.
} dk_limits;

/// A new transfer, or NULL when libcurl is not loaded or out of memory.
dk_transfer *dk_transfer_create(void);
/// Frees a transfer that is not (or no longer) in a multi.
void dk_transfer_free(dk_transfer *transfer);

/// Sets the URL; returns a libcurl result code (0 for success).
int dk_transfer_set_url(dk_transfer *transfer, const char *url);
/// Sets the method: "GET", "HEAD", "POST", or any other name sent as a custom request.
int dk_transfer_set_method(dk_transfer *transfer, const char *method);
/// Adds one header line "Name: value"; returns 0, or -1 when out of memory.
int dk_transfer_add_header(dk_transfer *transfer, const char *line);
/// Copies `length` bytes of body; returns a libcurl result code.
int dk_transfer_set_body(dk_transfer *transfer, const void *bytes, size_t length);
/// Applies the limits and every fixed option (callbacks, decoding, TLS, protocols);
/// returns a libcurl result code. Call once, after the other setters.
int dk_transfer_prepare(dk_transfer *transfer, dk_limits limits);

/// What a finished transfer produced.
typedef struct dk_outcome {
    int curl_code;            ///< libcurl's result (0: a complete response arrived).
    long status;              ///< the final response's status code, 0 if none was read.
    int request_sent;         ///< 1 once the request was handed to a connection.
    int headers_complete;     ///< 1 when the final header block ended with its empty line.
    int resend_refused;       ///< 1 when libcurl tried to send the request again and was stopped.
    int too_large;            ///< 1 when the body passed max_body_bytes.
    int header_too_large;     ///< 1 when the header passed max_header_bytes.
    long connections_opened;  ///< new connections this transfer made.
    const char *error_text;   ///< libcurl's detailed message ("" when none).
} dk_outcome;

/// The outcome; valid until the transfer is freed.
dk_outcome dk_transfer_outcome(const dk_transfer *transfer);
/// The final response's header block (status line and fields, CRLF-separated).
const uint8_t *dk_transfer_header_bytes(const dk_transfer *transfer, size_t *length);
/// The decoded body.
const uint8_t *dk_transfer_body_bytes(const dk_transfer *transfer, size_t *length);
/// An opaque value the caller attaches to find its request again.
void dk_transfer_set_tag(dk_transfer *transfer, uint64_t tag);
uint64_t dk_transfer_tag(const dk_transfer *transfer);

/// A multi handle with a connection pool of at most `max_host_connections` per host and
/// `max_total_connections` in all; NULL when libcurl is not loaded.
dk_multi *dk_multi_create(long max_host_connections, long max_total_connections);
void dk_multi_free(dk_multi *multi);
/// Starts a transfer; returns a libcurl multi code (0 for success).
int dk_multi_add(dk_multi *multi, dk_transfer *transfer);
/// Stops a transfer (finished or not) and takes it out; returns a multi code.
int dk_multi_remove(dk_multi *multi, dk_transfer *transfer);
/// Moves every transfer forward without blocking; `running` gets the number still running.
int dk_multi_perform(dk_multi *multi, int *running);
/// Waits up to `timeout_ms` for socket activity or a wakeup.
int dk_multi_poll(dk_multi *multi, int timeout_ms);
/// Ends a dk_multi_poll early; safe from any thread.
int dk_multi_wakeup(dk_multi *multi);
/// The next finished transfer, or NULL when none.
dk_transfer *dk_multi_next_done(dk_multi *multi);

#ifdef __cplusplus
}
#endif

#endif
