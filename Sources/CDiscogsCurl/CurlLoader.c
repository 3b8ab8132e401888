// Opens libcurl at run time and looks up the functions this target calls (see CurlABI.h).
#include "CDiscogsCurl.h"
#include "CurlABI.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct dk_curl_symbols dk_curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
int dk_curl_load_result = -1;
static char load_reason[512] = "libcurl was not loaded";
int dk_curl_guards_resends = 0;

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
        *(void **)(&dk_curl.field) = dlsym(handle, name);                                               \
        if (!dk_curl.field) {                                                                           \
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
    int code = dk_curl.global_init(DK_CURL_GLOBAL_ALL);
    if (code != 0) {
        snprintf(load_reason, sizeof load_reason, "curl_global_init failed with code %d", code);
        return;
    }
    // Probe the pre-request callback once on a throwaway handle.
    void *probe = dk_curl.easy_init();
    if (!probe) {
        snprintf(load_reason, sizeof load_reason, "curl_easy_init failed");
        return;
    }
    dk_curl_guards_resends = dk_curl.easy_setopt(probe, DK_CURLOPT_PREREQFUNCTION, (void *)NULL) == 0;
    dk_curl.easy_cleanup(probe);
    load_reason[0] = '\0';
    dk_curl_load_result = 0;
}

int dk_curl_load(char *reason, size_t reason_size) {
    pthread_once(&load_once, load);
    if (dk_curl_load_result != 0 && reason && reason_size > 0) {
        snprintf(reason, reason_size, "%s", load_reason);
    }
    return dk_curl_load_result;
}

const char *dk_curl_version(void) { return dk_curl_load_result == 0 ? dk_curl.version() : ""; }

int dk_curl_can_guard_resends(void) { return dk_curl_load_result == 0 && dk_curl_guards_resends; }

const char *dk_curl_strerror(int code) { return dk_curl_load_result == 0 ? dk_curl.easy_strerror(code) : "libcurl not loaded"; }

