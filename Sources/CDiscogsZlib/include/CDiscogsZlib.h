// A gzip decoder over zlib, loaded at run time (dlopen of libz.so.1, which libcurl itself needs):
// no headers and no link flags, like CDiscogsCurl. The z_stream layout is zlib's own, fixed by its
// ABI on every platform zlib 1.2 and 1.3 support.
#ifndef CDISCOGS_ZLIB_H
#define CDISCOGS_ZLIB_H

#include <stddef.h>
#include <stdint.h>

/// Loads zlib once; 0 on success. On failure dk_zlib_load_error() says why.
int dk_zlib_load(void);
/// Why zlib could not be loaded.
const char *dk_zlib_load_error(void);

/// One gzip decoding stream (concatenated gzip members are decoded one after another).
typedef struct dk_gunzip dk_gunzip;

/// A new stream, or NULL (out of memory or zlib refused to start).
dk_gunzip *dk_gunzip_new(void);
void dk_gunzip_free(dk_gunzip *stream);

/// Results of dk_gunzip_step.
enum {
    DK_GUNZIP_OK = 0,          // progress made; call again with more input or output space
    DK_GUNZIP_MEMBER_END = 1,  // a gzip member ended; more input may start another
    DK_GUNZIP_ERROR = -1,      // corrupt data: dk_gunzip_message() says what
};

/// Decodes from input[*consumed...] into output[0..capacity): on return *consumed and *produced
/// say how far it got.
int dk_gunzip_step(dk_gunzip *stream, const uint8_t *input, size_t input_length, size_t *consumed,
                   uint8_t *output, size_t capacity, size_t *produced);
/// Starts the next member after DK_GUNZIP_MEMBER_END.
int dk_gunzip_reset(dk_gunzip *stream);
/// zlib's message for the last error (or a fixed one).
const char *dk_gunzip_message(dk_gunzip *stream);
/// Compressed bytes consumed so far, over all members.
uint64_t dk_gunzip_total_in(dk_gunzip *stream);

#endif
