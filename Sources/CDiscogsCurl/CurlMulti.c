// A curl multi handle: the connection pool and the event loop's primitives.
#include "CDiscogsCurl.h"
#include "CurlABI.h"

#include <stdlib.h>

// What CurlTransfer.c keeps about a transfer that the multi needs when it finishes.
void dk_transfer_finish(dk_transfer *transfer, int curl_code, long status, long connections);
void *dk_transfer_easy(const dk_transfer *transfer);

struct dk_multi {
    void *multi;
};

dk_multi *dk_multi_create(long max_host_connections, long max_total_connections) {
    if (dk_curl_load_result != 0) return NULL;
    dk_multi *multi = calloc(1, sizeof *multi);
    if (!multi) return NULL;
    multi->multi = dk_curl.multi_init();
    if (!multi->multi) {
        free(multi);
        return NULL;
    }
    dk_curl.multi_setopt(multi->multi, DK_CURLMOPT_PIPELINING, 2L);  // CURLPIPE_MULTIPLEX for HTTP/2
    dk_curl.multi_setopt(multi->multi, DK_CURLMOPT_MAX_HOST_CONNECTIONS, max_host_connections);
    dk_curl.multi_setopt(multi->multi, DK_CURLMOPT_MAX_TOTAL_CONNECTIONS, max_total_connections);
    dk_curl.multi_setopt(multi->multi, DK_CURLMOPT_MAXCONNECTS, max_total_connections);
    return multi;
}

void dk_multi_free(dk_multi *multi) {
    if (!multi) return;
    dk_curl.multi_cleanup(multi->multi);
    free(multi);
}

int dk_multi_add(dk_multi *multi, dk_transfer *transfer) { return dk_curl.multi_add_handle(multi->multi, dk_transfer_easy(transfer)); }

int dk_multi_remove(dk_multi *multi, dk_transfer *transfer) {
    return dk_curl.multi_remove_handle(multi->multi, dk_transfer_easy(transfer));
}

int dk_multi_perform(dk_multi *multi, int *running) { return dk_curl.multi_perform(multi->multi, running); }

int dk_multi_poll(dk_multi *multi, int timeout_ms) {
    int ready = 0;
    return dk_curl.multi_poll(multi->multi, NULL, 0, timeout_ms, &ready);
}

int dk_multi_wakeup(dk_multi *multi) { return dk_curl.multi_wakeup(multi->multi); }

dk_transfer *dk_multi_next_done(dk_multi *multi) {
    int queued = 0;
    dk_curl_msg *message;
    while ((message = dk_curl.multi_info_read(multi->multi, &queued))) {
        if (message->msg != DK_CURLMSG_DONE) continue;
        dk_transfer *transfer = NULL;
        dk_curl.easy_getinfo(message->easy_handle, DK_CURLINFO_PRIVATE, (char **)&transfer);
        if (!transfer) continue;
        long status = 0, connects = 0;
        dk_curl.easy_getinfo(message->easy_handle, DK_CURLINFO_RESPONSE_CODE, &status);
        dk_curl.easy_getinfo(message->easy_handle, DK_CURLINFO_NUM_CONNECTS, &connects);
        dk_transfer_finish(transfer, message->data.result, status, connects);
        return transfer;
    }
    return NULL;
}
