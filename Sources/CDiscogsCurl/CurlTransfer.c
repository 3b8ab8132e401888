// One HTTP exchange: a curl easy handle, the buffers its callbacks fill, and its outcome.
#include "CDiscogsCurl.h"
#include "CurlABI.h"

#include <stdlib.h>
#include <string.h>

typedef struct dk_buffer {
    uint8_t *bytes;
    size_t length;
    size_t capacity;
} dk_buffer;

static int buffer_append(dk_buffer *buffer, const void *bytes, size_t length) {
    if (length == 0) return 0;
    if (buffer->length + length > buffer->capacity) {
        size_t capacity = buffer->capacity ? buffer->capacity : 16384;
        while (capacity < buffer->length + length) capacity *= 2;
        uint8_t *grown = realloc(buffer->bytes, capacity);
        if (!grown) return -1;
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->length, bytes, length);
    buffer->length += length;
    return 0;
}

struct dk_transfer {
    void *easy;
    struct dk_slist *headers;
    char *method;
    uint8_t *body;
    size_t body_length;
    int has_body;
    dk_buffer response_headers;
    dk_buffer response_body;
    int64_t max_body_bytes;
    int64_t max_header_bytes;
    int64_t header_bytes_seen;
    int request_sent;
    int headers_complete;
    int resend_refused;
    int too_large;
    int header_too_large;
    int curl_code;
    long status;
    long connections_opened;
    uint64_t tag;
    char error_text[DK_CURL_ERROR_SIZE];
};

static size_t on_body(char *bytes, size_t size, size_t count, void *context) {
    dk_transfer *transfer = context;
    size_t length = size * count;
    if (transfer->max_body_bytes > 0 && (int64_t)(transfer->response_body.length + length) > transfer->max_body_bytes) {
        transfer->too_large = 1;
        return 0;
    }
    return buffer_append(&transfer->response_body, bytes, length) == 0 ? length : 0;
}

static size_t on_header(char *bytes, size_t size, size_t count, void *context) {
    dk_transfer *transfer = context;
    size_t length = size * count;
    transfer->header_bytes_seen += (int64_t)length;
    if (transfer->max_header_bytes > 0 && transfer->header_bytes_seen > transfer->max_header_bytes) {
        transfer->header_too_large = 1;
        return 0;
    }
    // A new status line starts a new response (after 100 Continue or an informational answer):
    // keep only the last one's fields.
    if (length >= 5 && memcmp(bytes, "HTTP/", 5) == 0) {
        transfer->response_headers.length = 0;
        transfer->headers_complete = 0;
    }
    // The empty line that ends a header block; libcurl also passes on a block cut by the
    // connection closing, which has none.
    if ((length == 2 && bytes[0] == '\r' && bytes[1] == '\n') || (length == 1 && bytes[0] == '\n')) {
        transfer->headers_complete = 1;
    }
    return buffer_append(&transfer->response_headers, bytes, length) == 0 ? length : 0;
}

// Called by libcurl right before it sends the request on a connection. libcurl repeats a
// request by itself when a reused connection turns out closed; the second call refuses that, so
// every attempt that reaches a server is one the caller's limiter and retry policy saw.
static int on_prerequest(void *context, char *primary_ip, char *local_ip, int primary_port, int local_port) {
    (void)primary_ip; (void)local_ip; (void)primary_port; (void)local_port;
    dk_transfer *transfer = context;
    if (transfer->request_sent) {
        transfer->resend_refused = 1;
        return 1;  // CURL_PREREQFUNC_ABORT
    }
    transfer->request_sent = 1;
    return 0;
}

dk_transfer *dk_transfer_create(void) {
    if (dk_curl_load_result != 0) return NULL;
    dk_transfer *transfer = calloc(1, sizeof *transfer);
    if (!transfer) return NULL;
    transfer->easy = dk_curl.easy_init();
    if (!transfer->easy) {
        free(transfer);
        return NULL;
    }
    dk_curl.easy_setopt(transfer->easy, DK_CURLOPT_PRIVATE, (void *)transfer);
    dk_curl.easy_setopt(transfer->easy, DK_CURLOPT_ERRORBUFFER, transfer->error_text);
    return transfer;
}

void dk_transfer_free(dk_transfer *transfer) {
    if (!transfer) return;
    if (transfer->easy) dk_curl.easy_cleanup(transfer->easy);
    if (transfer->headers) dk_curl.slist_free_all(transfer->headers);
    free(transfer->method);
    free(transfer->body);
    free(transfer->response_headers.bytes);
    free(transfer->response_body.bytes);
    free(transfer);
}

int dk_transfer_set_url(dk_transfer *transfer, const char *url) {
    return dk_curl.easy_setopt(transfer->easy, DK_CURLOPT_URL, url);
}

int dk_transfer_set_method(dk_transfer *transfer, const char *method) {
    free(transfer->method);
    transfer->method = strdup(method);
    return transfer->method ? 0 : DK_CURLE_OUT_OF_MEMORY;
}

int dk_transfer_add_header(dk_transfer *transfer, const char *line) {
    struct dk_slist *list = dk_curl.slist_append(transfer->headers, line);
    if (!list) return -1;
    transfer->headers = list;
    return 0;
}

int dk_transfer_set_body(dk_transfer *transfer, const void *bytes, size_t length) {
    free(transfer->body);
    transfer->body = malloc(length ? length : 1);
    if (!transfer->body) return DK_CURLE_OUT_OF_MEMORY;
    if (length) memcpy(transfer->body, bytes, length);
    transfer->body_length = length;
    transfer->has_body = 1;
    return 0;
}

#define CHECK(call)                  \
    do {                             \
        int code_ = (call);          \
        if (code_ != 0) return code_; \
    } while (0)

int dk_transfer_prepare(dk_transfer *transfer, dk_limits limits) {
    void *easy = transfer->easy;
    transfer->max_body_bytes = limits.max_body_bytes;
    transfer->max_header_bytes = limits.max_header_bytes;
    const char *method = transfer->method ? transfer->method : "GET";
    if (strcmp(method, "GET") == 0 && !transfer->has_body) {
        CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_HTTPGET, 1L));
    } else if (strcmp(method, "HEAD") == 0) {
        CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_NOBODY, 1L));
    } else {
        // A body (possibly empty) with the method's own name on the request line.
        if (!transfer->has_body) CHECK(dk_transfer_set_body(transfer, "", 0));
        CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_POST, 1L));
        CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_POSTFIELDSIZE_LARGE, (int64_t)transfer->body_length));
        CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_POSTFIELDS, (void *)transfer->body));
        if (strcmp(method, "POST") != 0) CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_CUSTOMREQUEST, method));
    }
    // No "Expect: 100-continue" pause before bodies.
    if (dk_transfer_add_header(transfer, "Expect:") != 0) return DK_CURLE_OUT_OF_MEMORY;
    CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_HTTPHEADER, (void *)transfer->headers));
    CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_WRITEFUNCTION, on_body));
    CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_WRITEDATA, (void *)transfer));
    CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_HEADERFUNCTION, on_header));
    CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_HEADERDATA, (void *)transfer));
    CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_NOSIGNAL, 1L));
    CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_FOLLOWLOCATION, 0L));
    CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_ACCEPT_ENCODING, ""));  // every encoding libcurl decodes
    CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_TCP_KEEPALIVE, 1L));
    CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_SSL_VERIFYPEER, limits.verify_tls ? 1L : 0L));
    CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_SSL_VERIFYHOST, limits.verify_tls ? 2L : 0L));
    if (dk_curl.easy_setopt(easy, DK_CURLOPT_PROTOCOLS_STR, "http,https") == DK_CURLE_UNKNOWN_OPTION) {
        CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_PROTOCOLS, DK_CURLPROTO_HTTP | DK_CURLPROTO_HTTPS));
    }
    if (limits.connect_timeout_ms > 0) CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_CONNECTTIMEOUT_MS, limits.connect_timeout_ms));
    if (limits.total_timeout_ms > 0) CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_TIMEOUT_MS, limits.total_timeout_ms));
    if (limits.low_speed_seconds > 0) {
        CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_LOW_SPEED_LIMIT, limits.low_speed_bytes));
        CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_LOW_SPEED_TIME, limits.low_speed_seconds));
    }
    if (limits.max_body_bytes > 0) CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_MAXFILESIZE_LARGE, limits.max_body_bytes));
    if (dk_curl_guards_resends && limits.reuse_connections) {
        CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_PREREQFUNCTION, on_prerequest));
        CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_PREREQDATA, (void *)transfer));
    } else {
        // libcurl re-sends only on a reused connection: without the guard, never reuse one.
        CHECK(dk_curl.easy_setopt(easy, DK_CURLOPT_FORBID_REUSE, 1L));
    }
    return 0;
}

dk_outcome dk_transfer_outcome(const dk_transfer *transfer) {
    dk_outcome outcome = {
        .curl_code = transfer->curl_code,
        .status = transfer->status,
        .request_sent = transfer->request_sent,
        .headers_complete = transfer->headers_complete,
        .resend_refused = transfer->resend_refused,
        .too_large = transfer->too_large,
        .header_too_large = transfer->header_too_large,
        .connections_opened = transfer->connections_opened,
        .error_text = transfer->error_text,
    };
    return outcome;
}

const uint8_t *dk_transfer_header_bytes(const dk_transfer *transfer, size_t *length) {
    *length = transfer->response_headers.length;
    return transfer->response_headers.bytes;
}

const uint8_t *dk_transfer_body_bytes(const dk_transfer *transfer, size_t *length) {
    *length = transfer->response_body.length;
    return transfer->response_body.bytes;
}

void dk_transfer_set_tag(dk_transfer *transfer, uint64_t tag) { transfer->tag = tag; }

uint64_t dk_transfer_tag(const dk_transfer *transfer) { return transfer->tag; }


void *dk_transfer_easy(const dk_transfer *transfer) { return transfer->easy; }

void dk_transfer_finish(dk_transfer *transfer, int curl_code, long status, long connections) {
    transfer->curl_code = curl_code;
    transfer->status = status;
    transfer->connections_opened = connections;
}
