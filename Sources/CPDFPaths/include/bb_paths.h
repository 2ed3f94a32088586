#ifndef BB_PATHS_H
#define BB_PATHS_H

// The straight, axis-parallel lines a PDF page draws (strokes, and fills thin or dark enough to
// read as lines), read from its vector paths with poppler's core API. A plain C interface so that
// Swift never sees C++: every pointer handed out is freed by the matching function below.

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An open document. Not thread-safe: use one per thread, as with a PopplerDocument.
typedef struct bb_paths_document bb_paths_document;

/// A line from (x0, y0) to (x1, y1), either horizontal (y0 == y1, x0 < x1) or vertical
/// (x0 == x1, y0 < y1), in points on the page as displayed (after its /Rotate, cropped, origin
/// top left, y down: poppler-glib's text coordinates). `width` is the drawn thickness across the
/// line; 0 for a hairline.
typedef struct {
    double x0, y0, x1, y1, width;
} bb_segment;

/// Opens the PDF at `path` (a file system path) with `password` (NULL for none), or returns NULL
/// and sets `*error_code` to poppler's error code (its ErrorCodes.h), or to -1 when out of
/// memory. The caller owns the result and frees it with bb_paths_document_close.
bb_paths_document *bb_paths_document_open(const char *path, const char *password, int *error_code);

/// Frees a document from bb_paths_document_open; NULL is ignored.
void bb_paths_document_close(bb_paths_document *document);

/// Reads the segments of the page with 0-based `page_index`. Returns 0 and hands the caller an
/// array of `*count` segments (NULL when there are none) to free with bb_paths_segments_free;
/// returns -1 when there is no such page or no memory for its segments.
int bb_paths_page_segments(bb_paths_document *document, int page_index, bb_segment **segments, size_t *count);

/// Frees an array from bb_paths_page_segments; NULL is ignored.
void bb_paths_segments_free(bb_segment *segments);

/// Distinct messages kept per document, besides the count of all.
#define BB_MESSAGES_KEPT 3

/// Routes poppler's error messages (of every document this process reads) to a collector and
/// empties it: the start of a document's collection.
void bb_messages_start(void);

/// How many messages poppler reported since bb_messages_start.
size_t bb_messages_count(void);

/// How many distinct messages were kept (at most BB_MESSAGES_KEPT).
size_t bb_messages_kept(void);

/// Copies kept message `index` into `buffer` (at most `size - 1` bytes and a NUL); returns its
/// length, 0 for no such message. The buffer is the caller's.
size_t bb_messages_copy(size_t index, char *buffer, size_t size);

#ifdef __cplusplus
}
#endif

#endif
