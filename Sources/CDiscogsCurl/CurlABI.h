// libcurl's ABI as this target uses it: the option, information and result numbers of curl.h
// and multi.h (stable since the versions that introduced them), written out because the headers
// are not on the machines this package builds on, and the table of functions CurlLoader.c
// looks up with dlsym. Internal to the C target.
#ifndef CDISCOGSCURL_ABI_H
#define CDISCOGSCURL_ABI_H

#include <stdint.h>

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
struct dk_curl_symbols {
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
};

/// The functions of the loaded libcurl (valid once dk_curl_load succeeded).
extern struct dk_curl_symbols dk_curl;
/// 0 once libcurl is loaded.
extern int dk_curl_load_result;
/// Whether CURLOPT_PREREQFUNCTION is known to the loaded libcurl.
extern int dk_curl_guards_resends;


#endif
