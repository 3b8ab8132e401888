// See include/CDiscogsCurl.h. The numbers below are libcurl's stable ABI values (curl.h and
// multi.h, unchanged since the versions named); they are written out because the headers are
// not on the machines this package builds on.
#include "CDiscogsCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Option types and options (curl.h).
#define DK_OPT_LONG 0
#define DK_OPT_POINT 10000
#define DK_OPT_FUNC 20000
#define DK_OPT_OFF 30000
enum {
    DK_CURLOPT_WRITEDATA = DK_OPT_POINT + 1,
    DK_CURLOPT_URL = DK_OPT_POINT + 2,
    DK_CURLOPT_ERRORBUFFER = DK_OPT_POINT + 10,
    DK_CURLOPT_WRITEFUNCTION = DK_OPT_FUNC + 11,
    DK_CURLOPT_POSTFIELDS = DK_OPT_POINT + 15,
    DK_CURLOPT_LOW_SPEED_LIMIT = DK_OPT_LONG + 19,
    DK_CURLOPT_LOW_SPEED_TIME = DK_OPT_LONG + 20,
    DK_CURLOPT_HTTPHEADER = DK_OPT_POINT + 23,
    DK_CURLOPT_HEADERDATA = DK_OPT_POINT + 29,
    DK_CURLOPT_CUSTOMREQUEST = DK_OPT_POINT + 36,
    DK_CURLOPT_NOBODY = DK_OPT_LONG + 44,
    DK_CURLOPT_POST = DK_OPT_LONG + 47,
    DK_CURLOPT_FOLLOWLOCATION = DK_OPT_LONG + 52,
    DK_CURLOPT_SSL_VERIFYPEER = DK_OPT_LONG + 64,
    DK_CURLOPT_HEADERFUNCTION = DK_OPT_FUNC + 79,
    DK_CURLOPT_HTTPGET = DK_OPT_LONG + 80,
    DK_CURLOPT_SSL_VERIFYHOST = DK_OPT_LONG + 81,
    DK_CURLOPT_FORBID_REUSE = DK_OPT_LONG + 75,
    DK_CURLOPT_NOSIGNAL = DK_OPT_LONG + 99,
    DK_CURLOPT_ACCEPT_ENCODING = DK_OPT_POINT + 102,
    DK_CURLOPT_PRIVATE = DK_OPT_POINT + 103,
    DK_CURLOPT_MAXFILESIZE_LARGE = DK_OPT_OFF + 117,
    DK_CURLOPT_POSTFIELDSIZE_LARGE = DK_OPT_OFF + 120,
    DK_CURLOPT_TIMEOUT_MS = DK_OPT_LONG + 155,
    DK_CURLOPT_CONNECTTIMEOUT_MS = DK_OPT_LONG + 156,
    DK_CURLOPT_PROTOCOLS = DK_OPT_LONG + 181,
    DK_CURLOPT_TCP_KEEPALIVE = DK_OPT_LONG + 213,
    DK_CURLOPT_PREREQFUNCTION = DK_OPT_FUNC + 312,
    DK_CURLOPT_PREREQDATA = DK_OPT_POINT + 313,
    DK_CURLOPT_PROTOCOLS_STR = DK_OPT_POINT + 318,
};
// Information (curl.h).
enum {
    DK_CURLINFO_RESPONSE_CODE = 0x200000 + 2,
    DK_CURLINFO_PRIVATE = 0x100000 + 21,
    DK_CURLINFO_NUM_CONNECTS = 0x200000 + 26,
};
// Multi options and messages (multi.h).
enum {
    DK_CURLMOPT_PIPELINING = 3,
    DK_CURLMOPT_MAXCONNECTS = 6,
    DK_CURLMOPT_MAX_HOST_CONNECTIONS = 7,
    DK_CURLMOPT_MAX_TOTAL_CONNECTIONS = 13,
    DK_CURLMSG_DONE = 1,
};
#define DK_CURL_GLOBAL_ALL 3L
#define DK_CURLE_UNKNOWN_OPTION 48
#define DK_CURLE_OUT_OF_MEMORY 27
#define DK_CURLE_FAILED_INIT 2
#define DK_CURL_ERROR_SIZE 256
#define DK_CURLPROTO_HTTP 1L
#define DK_CURLPROTO_HTTPS 2L

struct dk_slist;
typedef struct dk_curl_msg {
    int msg;
    void *easy_handle;
    union {
        void *whatever;
        int result;
    } data;
} dk_curl_msg;

// The functions looked up in libcurl.
static struct {
    int (*global_init)(long);
    void *(*easy_init)(void);
    void (*easy_cleanup)(void *);
    int (*easy_setopt)(void *, int, ...);
    int (*easy_getinfo)(void *, int, ...);
    const char *(*easy_strerror)(int);
    struct dk_slist *(*slist_append)(struct dk_slist *, const char *);
    void (*slist_free_all)(struct dk_slist *);
    void *(*multi_init)(void);
    int (*multi_cleanup)(void *);
    int (*multi_setopt)(void *, int, ...);
    int (*multi_add_handle)(void *, void *);
    int (*multi_remove_handle)(void *, void *);
    int (*multi_perform)(void *, int *);
    int (*multi_poll)(void *, void *, unsigned int, int, int *);
    int (*multi_wakeup)(void *);
    dk_curl_msg *(*multi_info_read)(void *, int *);
    char *(*version)(void);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int load_result = -1;
static char load_reason[512] = "libcurl was not loaded";
static int can_guard_resends = 0;

static void *open_library(void) {
    static const char *const names[] = {
#if defined(__APPLE__)
        "libcurl.4.dylib", "/usr/lib/libcurl.4.dylib",
#else
        "libcurl.so.4", "libcurl-gnutls.so.4", "libcurl-nss.so.4",
#endif
        NULL,
    };
    const char *override = getenv("DISCOGS_LIBCURL");
    if (override && *override) {
        void *handle = dlopen(override, RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            snprintf(load_reason, sizeof load_reason, "DISCOGS_LIBCURL=%s could not be opened: %s", override, dlerror());
        }
        return handle;
    }
    for (int i = 0; names[i]; i++) {
        void *handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (handle) return handle;
        snprintf(load_reason, sizeof load_reason, "%s could not be opened: %s", names[0], dlerror());
    }
    return NULL;
}

#define LOOKUP(field, name)                                                                          \
    do {                                                                                             \
        *(void **)(&curl.field) = dlsym(handle, name);                                               \
        if (!curl.field) {                                                                           \
            snprintf(load_reason, sizeof load_reason, "the loaded libcurl lacks %s (it is too old)", name); \
            return;                                                                                  \
        }                                                                                            \
    } while (0)

static void load(void) {
    void *handle = open_library();
    if (!handle) return;
    LOOKUP(global_init, "curl_global_init");
    LOOKUP(easy_init, "curl_easy_init");
    LOOKUP(easy_cleanup, "curl_easy_cleanup");
    LOOKUP(easy_setopt, "curl_easy_setopt");
    LOOKUP(easy_getinfo, "curl_easy_getinfo");
    LOOKUP(easy_strerror, "curl_easy_strerror");
    LOOKUP(slist_append, "curl_slist_append");
    LOOKUP(slist_free_all, "curl_slist_free_all");
    LOOKUP(multi_init, "curl_multi_init");
    LOOKUP(multi_cleanup, "curl_multi_cleanup");
    LOOKUP(multi_setopt, "curl_multi_setopt");
    LOOKUP(multi_add_handle, "curl_multi_add_handle");
    LOOKUP(multi_remove_handle, "curl_multi_remove_handle");
    LOOKUP(multi_perform, "curl_multi_perform");
    LOOKUP(multi_poll, "curl_multi_poll");
    LOOKUP(multi_wakeup, "curl_multi_wakeup");
    LOOKUP(multi_info_read, "curl_multi_info_read");
    LOOKUP(version, "curl_version");
    int code = curl.global_init(DK_CURL_GLOBAL_ALL);
    if (code != 0) {
        snprintf(load_reason, sizeof load_reason, "curl_global_init failed with code %d", code);
        return;
    }
    // Probe the pre-request callback once on a throwaway handle.
    void *probe = curl.easy_init();
    if (!probe) {
        snprintf(load_reason, sizeof load_reason, "curl_easy_init failed");
        return;
    }
    can_guard_resends = curl.easy_setopt(probe, DK_CURLOPT_PREREQFUNCTION, (void *)NULL) == 0;
    curl.easy_cleanup(probe);
    load_reason[0] = '\0';
    load_result = 0;
}

int dk_curl_load(char *reason, size_t reason_size) {
    pthread_once(&load_once, load);
    if (load_result != 0 && reason && reason_size > 0) {
        snprintf(reason, reason_size, "%s", load_reason);
    }
    return load_result;
}

const char *dk_curl_version(void) { return load_result == 0 ? curl.version() : ""; }

int dk_curl_can_guard_resends(void) { return load_result == 0 && can_guard_resends; }

const char *dk_curl_strerror(int code) { return load_result == 0 ? curl.easy_strerror(code) : "libcurl not loaded"; }

// MARK: - Transfers

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
    if (load_result != 0) return NULL;
    dk_transfer *transfer = calloc(1, sizeof *transfer);
    if (!transfer) return NULL;
    transfer->easy = curl.easy_init();
    if (!transfer->easy) {
        free(transfer);
        return NULL;
    }
    curl.easy_setopt(transfer->easy, DK_CURLOPT_PRIVATE, (void *)transfer);
    curl.easy_setopt(transfer->easy, DK_CURLOPT_ERRORBUFFER, transfer->error_text);
    return transfer;
}

void dk_transfer_free(dk_transfer *transfer) {
    if (!transfer) return;
    if (transfer->easy) curl.easy_cleanup(transfer->easy);
    if (transfer->headers) curl.slist_free_all(transfer->headers);
    free(transfer->method);
    free(transfer->body);
    free(transfer->response_headers.bytes);
    free(transfer->response_body.bytes);
    free(transfer);
}

int dk_transfer_set_url(dk_transfer *transfer, const char *url) {
    return curl.easy_setopt(transfer->easy, DK_CURLOPT_URL, url);
}

int dk_transfer_set_method(dk_transfer *transfer, const char *method) {
    free(transfer->method);
    transfer->method = strdup(method);
    return transfer->method ? 0 : DK_CURLE_OUT_OF_MEMORY;
}

int dk_transfer_add_header(dk_transfer *transfer, const char *line) {
    struct dk_slist *list = curl.slist_append(transfer->headers, line);
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
        CHECK(curl.easy_setopt(easy, DK_CURLOPT_HTTPGET, 1L));
    } else if (strcmp(method, "HEAD") == 0) {
        CHECK(curl.easy_setopt(easy, DK_CURLOPT_NOBODY, 1L));
    } else {
        // A body (possibly empty) with the method's own name on the request line.
        if (!transfer->has_body) CHECK(dk_transfer_set_body(transfer, "", 0));
        CHECK(curl.easy_setopt(easy, DK_CURLOPT_POST, 1L));
        CHECK(curl.easy_setopt(easy, DK_CURLOPT_POSTFIELDSIZE_LARGE, (int64_t)transfer->body_length));
        CHECK(curl.easy_setopt(easy, DK_CURLOPT_POSTFIELDS, (void *)transfer->body));
        if (strcmp(method, "POST") != 0) CHECK(curl.easy_setopt(easy, DK_CURLOPT_CUSTOMREQUEST, method));
    }
    // No "Expect: 100-continue" pause before bodies.
    if (dk_transfer_add_header(transfer, "Expect:") != 0) return DK_CURLE_OUT_OF_MEMORY;
    CHECK(curl.easy_setopt(easy, DK_CURLOPT_HTTPHEADER, (void *)transfer->headers));
    CHECK(curl.easy_setopt(easy, DK_CURLOPT_WRITEFUNCTION, on_body));
    CHECK(curl.easy_setopt(easy, DK_CURLOPT_WRITEDATA, (void *)transfer));
    CHECK(curl.easy_setopt(easy, DK_CURLOPT_HEADERFUNCTION, on_header));
    CHECK(curl.easy_setopt(easy, DK_CURLOPT_HEADERDATA, (void *)transfer));
    CHECK(curl.easy_setopt(easy, DK_CURLOPT_NOSIGNAL, 1L));
    CHECK(curl.easy_setopt(easy, DK_CURLOPT_FOLLOWLOCATION, 0L));
    CHECK(curl.easy_setopt(easy, DK_CURLOPT_ACCEPT_ENCODING, ""));  // every encoding libcurl decodes
    CHECK(curl.easy_setopt(easy, DK_CURLOPT_TCP_KEEPALIVE, 1L));
    CHECK(curl.easy_setopt(easy, DK_CURLOPT_SSL_VERIFYPEER, limits.verify_tls ? 1L : 0L));
    CHECK(curl.easy_setopt(easy, DK_CURLOPT_SSL_VERIFYHOST, limits.verify_tls ? 2L : 0L));
    if (curl.easy_setopt(easy, DK_CURLOPT_PROTOCOLS_STR, "http,https") == DK_CURLE_UNKNOWN_OPTION) {
        CHECK(curl.easy_setopt(easy, DK_CURLOPT_PROTOCOLS, DK_CURLPROTO_HTTP | DK_CURLPROTO_HTTPS));
    }
    if (limits.connect_timeout_ms > 0) CHECK(curl.easy_setopt(easy, DK_CURLOPT_CONNECTTIMEOUT_MS, limits.connect_timeout_ms));
    if (limits.total_timeout_ms > 0) CHECK(curl.easy_setopt(easy, DK_CURLOPT_TIMEOUT_MS, limits.total_timeout_ms));
    if (limits.low_speed_seconds > 0) {
        CHECK(curl.easy_setopt(easy, DK_CURLOPT_LOW_SPEED_LIMIT, limits.low_speed_bytes));
        CHECK(curl.easy_setopt(easy, DK_CURLOPT_LOW_SPEED_TIME, limits.low_speed_seconds));
    }
    if (limits.max_body_bytes > 0) CHECK(curl.easy_setopt(easy, DK_CURLOPT_MAXFILESIZE_LARGE, limits.max_body_bytes));
    if (can_guard_resends && limits.reuse_connections) {
        CHECK(curl.easy_setopt(easy, DK_CURLOPT_PREREQFUNCTION, on_prerequest));
        CHECK(curl.easy_setopt(easy, DK_CURLOPT_PREREQDATA, (void *)transfer));
    } else {
        // libcurl re-sends only on a reused connection: without the guard, never reuse one.
        CHECK(curl.easy_setopt(easy, DK_CURLOPT_FORBID_REUSE, 1L));
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

// MARK: - Multi

struct dk_multi {
    void *multi;
};

dk_multi *dk_multi_create(long max_host_connections, long max_total_connections) {
    if (load_result != 0) return NULL;
    dk_multi *multi = calloc(1, sizeof *multi);
    if (!multi) return NULL;
    multi->multi = curl.multi_init();
    if (!multi->multi) {
        free(multi);
        return NULL;
    }
    curl.multi_setopt(multi->multi, DK_CURLMOPT_PIPELINING, 2L);  // CURLPIPE_MULTIPLEX for HTTP/2
    curl.multi_setopt(multi->multi, DK_CURLMOPT_MAX_HOST_CONNECTIONS, max_host_connections);
    curl.multi_setopt(multi->multi, DK_CURLMOPT_MAX_TOTAL_CONNECTIONS, max_total_connections);
    curl.multi_setopt(multi->multi, DK_CURLMOPT_MAXCONNECTS, max_total_connections);
    return multi;
}

void dk_multi_free(dk_multi *multi) {
    if (!multi) return;
    curl.multi_cleanup(multi->multi);
    free(multi);
}

int dk_multi_add(dk_multi *multi, dk_transfer *transfer) { return curl.multi_add_handle(multi->multi, transfer->easy); }

int dk_multi_remove(dk_multi *multi, dk_transfer *transfer) {
    return curl.multi_remove_handle(multi->multi, transfer->easy);
}

int dk_multi_perform(dk_multi *multi, int *running) { return curl.multi_perform(multi->multi, running); }

int dk_multi_poll(dk_multi *multi, int timeout_ms) {
    int ready = 0;
    return curl.multi_poll(multi->multi, NULL, 0, timeout_ms, &ready);
}

int dk_multi_wakeup(dk_multi *multi) { return curl.multi_wakeup(multi->multi); }

dk_transfer *dk_multi_next_done(dk_multi *multi) {
    int queued = 0;
    dk_curl_msg *message;
    while ((message = curl.multi_info_read(multi->multi, &queued))) {
        if (message->msg != DK_CURLMSG_DONE) continue;
        dk_transfer *transfer = NULL;
        curl.easy_getinfo(message->easy_handle, DK_CURLINFO_PRIVATE, (char **)&transfer);
        if (!transfer) continue;
        transfer->curl_code = message->data.result;
        long status = 0, connects = 0;
        curl.easy_getinfo(transfer->easy, DK_CURLINFO_RESPONSE_CODE, &status);
        curl.easy_getinfo(transfer->easy, DK_CURLINFO_NUM_CONNECTS, &connects);
        transfer->status = status;
        transfer->connections_opened = connects;
        return transfer;
    }
    return NULL;
}
