// zlib loaded at run time; see include/CDiscogsZlib.h.
#include "CDiscogsZlib.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// zlib's z_stream, field for field (zlib.h; unchanged since zlib 1.0).
typedef struct {
    const uint8_t *next_in;
    unsigned int avail_in;
    unsigned long total_in;
    uint8_t *next_out;
    unsigned int avail_out;
    unsigned long total_out;
    const char *msg;
    void *state;
    void *zalloc;
    void *zfree;
    void *opaque;
    int data_type;
    unsigned long adler;
    unsigned long reserved;
} z_stream_abi;

enum { Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_BUF_ERROR = -5, Z_NO_FLUSH = 0 };

static int (*inflate_init2)(z_stream_abi *, int, const char *, int);
static int (*inflate_)(z_stream_abi *, int);
static int (*inflate_end)(z_stream_abi *);
static int (*inflate_reset)(z_stream_abi *);
static const char *(*zlib_version)(void);

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int load_result = -1;
static char load_reason[512] = "zlib was not loaded";

static void load(void) {
    static const char *const names[] = {
#if defined(__APPLE__)
        "libz.1.dylib", "/usr/lib/libz.1.dylib",
#else
        "libz.so.1", "libz.so",
#endif
        NULL,
    };
    void *handle = NULL;
    for (int i = 0; names[i] && !handle; i++) handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        snprintf(load_reason, sizeof load_reason, "%s could not be opened: %s", names[0], dlerror());
        return;
    }
    *(void **)(&inflate_init2) = dlsym(handle, "inflateInit2_");
    *(void **)(&inflate_) = dlsym(handle, "inflate");
    *(void **)(&inflate_end) = dlsym(handle, "inflateEnd");
    *(void **)(&inflate_reset) = dlsym(handle, "inflateReset");
    *(void **)(&zlib_version) = dlsym(handle, "zlibVersion");
    if (!inflate_init2 || !inflate_ || !inflate_end || !inflate_reset || !zlib_version) {
        snprintf(load_reason, sizeof load_reason, "the loaded zlib lacks the inflate functions");
        return;
    }
    load_result = 0;
}

int dk_zlib_load(void) {
    pthread_once(&load_once, load);
    return load_result;
}

const char *dk_zlib_load_error(void) { return load_reason; }

struct dk_gunzip {
    z_stream_abi z;
    uint64_t total_in_before;
    const char *error;
};

dk_gunzip *dk_gunzip_new(void) {
    if (dk_zlib_load() != 0) return NULL;
    dk_gunzip *stream = calloc(1, sizeof *stream);
    if (!stream) return NULL;
    // 15 + 16: a gzip header and trailer around a 32 KiB window.
    if (inflate_init2(&stream->z, 15 + 16, zlib_version(), (int)sizeof(z_stream_abi)) != Z_OK) {
        free(stream);
        return NULL;
    }
    return stream;
}

void dk_gunzip_free(dk_gunzip *stream) {
    if (!stream) return;
    inflate_end(&stream->z);
    free(stream);
}

int dk_gunzip_step(dk_gunzip *stream, const uint8_t *input, size_t input_length, size_t *consumed,
                   uint8_t *output, size_t capacity, size_t *produced) {
    size_t in_chunk = input_length > 0x40000000u ? 0x40000000u : input_length;
    size_t out_chunk = capacity > 0x40000000u ? 0x40000000u : capacity;
    stream->z.next_in = input;
    stream->z.avail_in = (unsigned int)in_chunk;
    stream->z.next_out = output;
    stream->z.avail_out = (unsigned int)out_chunk;
    int status = inflate_(&stream->z, Z_NO_FLUSH);
    *consumed = in_chunk - stream->z.avail_in;
    *produced = out_chunk - stream->z.avail_out;
    if (status == Z_STREAM_END) return DK_GUNZIP_MEMBER_END;
    if (status == Z_OK || (status == Z_BUF_ERROR && (*consumed > 0 || *produced > 0 || in_chunk == 0))) {
        return DK_GUNZIP_OK;
    }
    stream->error = stream->z.msg ? stream->z.msg : (status == Z_NEED_DICT ? "a preset dictionary is needed"
                                                                             : "the data is not a gzip stream");
    return DK_GUNZIP_ERROR;
}

int dk_gunzip_reset(dk_gunzip *stream) {
    stream->total_in_before += stream->z.total_in;
    return inflate_reset(&stream->z) == Z_OK ? 0 : -1;
}

const char *dk_gunzip_message(dk_gunzip *stream) { return stream->error ? stream->error : "no error"; }

uint64_t dk_gunzip_total_in(dk_gunzip *stream) { return stream->total_in_before + stream->z.total_in; }
