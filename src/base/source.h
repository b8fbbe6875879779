/*
 * source.h - the source files of a run and positions in them.
 * A Span names a file (its index in the SrcSet) and a range of its text
 * as byte offsets, end exclusive: what the scanner knows for free.  Lines
 * and columns (from 1, columns in characters, UTF-8 aware) are computed
 * only when something is shown, from the file's line map, as PostgreSQL's
 * parser keeps byte offsets and computes positions in parser_errposition.
 */
#ifndef RKT_SOURCE_H
#define RKT_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct Span {
    int file;            /* index into SrcSet; -1 = none */
    int lo, hi;          /* byte offsets into the file's text, end exclusive;
                          * lo < 0: the file as a whole, no position */
} Span;

#define SPAN_NONE ((Span){-1, 0, 0})
#define SPAN_FILE(id) ((Span){(id), -1, -1})

/* A position: line and column from 1, the column in characters; 0 when
 * there is none. */
typedef struct SrcPos {
    int line, col;
} SrcPos;

typedef struct SrcFile {
    int id;
    char *path;          /* as the user named it (or resolved import path) */
    char *real;          /* realpath, identity for "load once" */
    char *text;          /* NUL-terminated copy of the bytes */
    size_t len;
    int *line_start;     /* byte offset of each line, built on demand
                          * (src_line_start), also of the empty one after
                          * a last newline; published atomically */
    int nstarts;         /* entries of line_start */
    int nlines;          /* lines with text or a newline: "a\nb\n" has 2 */
    size_t maplen;       /* text is mapped (src_map), not malloc'd */
    int order;           /* place in load order (ld_file): what sorts
                          * output by file; the id is only a handle */
    bool shelved;        /* text given back until needed (src_shelve) */
    bool padded;         /* text[len] and text[len + 1] are NUL, and the
                          * text is its own: the scanner reads it in
                          * place (front/parse_int.h, lx_scan_text) */
    bool in_memory;      /* given as text (src_add): there is no file to
                          * read again, and its name is no path */
    bool opaque;         /* not text (load.c, E037): its text is dropped
                          * for good, never read again nor shown */
    bool skimmed;        /* the catalogue's skim read it whole: its parse
                          * may read it the same way (front/skim.h) */
} SrcFile;

typedef struct SrcSet {
    SrcFile **v;
    int n, cap;
} SrcSet;

void src_init(SrcSet *s);
void src_free(SrcSet *s);
/* The most bytes of one file: byte offsets (Span) are ints.  A file that
 * is not a regular one (/dev/zero, a pipe) is read only so far. */
#define SRC_MAX_BYTES ((size_t)1 << 30)

/* Reads a file; NULL and *err (malloc'd) on failure, which includes a
 * file of more than SRC_MAX_BYTES. */
SrcFile *src_load(SrcSet *s, const char *path, char **err);
/* Reads at most `max` bytes (max <= SRC_MAX_BYTES + 1) of a file whose
 * realpath is known, or NULL: a longer file comes back cut at max bytes,
 * for a caller whose own limit is below max to report (a source file at
 * PARSE_MAX_BYTES + 1, E002). */
SrcFile *src_load_as(SrcSet *s, const char *path, const char *real, size_t max, char **err);
/* src_load_as, with the reading left to src_read (on another thread):
 * the file is registered now, shelved; whether it can be read is known
 * when it is read. */
SrcFile *src_defer(SrcSet *s, const char *path, const char *real);
/* Reads a deferred file (at most max bytes): 0, or -1 and *err when the
 * read fails (the file then stays without text). */
int src_read(SrcFile *f, size_t max, char **err);
/* Maps a file instead of reading it (big data files): the text is the
 * file's pages, followed by a NUL, and src_release can hand back the
 * pages of a part already read so they stop counting as ours.  A file of
 * more than SRC_MAX_BYTES is an error, as for src_load. */
SrcFile *src_map(SrcSet *s, const char *path, char **err);
void src_release(const SrcFile *f, size_t from, size_t to);
/* Frees the files from id n on (a forked Program's own, load.h). */
void src_drop(SrcSet *s, int n);
/* Gives back the text of a file read from disk until src_unshelve reads
 * it again (at most max bytes): a run catalogues every file before it
 * builds any, and holds the text of the files being built only. */
void src_shelve(SrcFile *f);
void src_unshelve(SrcFile *f, size_t max);
/* Frees a file's text and line map (the file stays, named by its path):
 * what the pipeline does when a build is done and the diagnostics in its
 * files are settled (dg_settle); positions are 0 from then on. */
void src_forget_text(SrcFile *f);
/* src_forget_text for a file that is not text at all: it is never read
 * again (src_shelve and src_unshelve leave it empty). */
void src_make_opaque(SrcFile *f);
/* Registers in-memory text (tests, inline data). */
SrcFile *src_add(SrcSet *s, const char *name, const char *text, size_t len);
SrcFile *src_get(const SrcSet *s, int id);
/* The file's place in load order (the id itself when there is no such
 * file): sort output by this, not by id. */
int src_order(const SrcSet *s, int id);
/* The text of line `line` (1-based) without its newline (nor a CR
 * before it); the empty line after a last newline exists. */
const char *src_line(SrcFile *f, int line, size_t *len);
/* Byte offset where line `line` (1-based) starts, or -1. */
int src_line_start(SrcFile *f, int line);
/* The line holding byte offset `at` (0..len): a binary search over the
 * line starts; 0 when the file has no text. */
int src_line_at(SrcFile *f, int at);
/* Line and column of byte offset `at`; the column counts characters as
 * utf8_cols does.  {0, 0} when `at` is outside the text. */
SrcPos src_pos(SrcFile *f, int at);
/* The start (lo) or end (hi, exclusive) of a span; {0, 0} for a span of
 * no file or no position. */
SrcPos src_span_lo(const SrcSet *s, Span sp);
SrcPos src_span_hi(const SrcSet *s, Span sp);

/* Number of characters (code points) in [s, s+n): bytes that do not
 * continue a sequence.  For valid UTF-8 the same as utf8_cols. */
int utf8_width(const char *s, size_t n);
/* Length of the valid UTF-8 sequence at s (1..4), or 0 if invalid. (utf8.c) */
int utf8_valid_len(const char *s, size_t n);
/* Whether s[0..n) is UTF-8 text: the bytes that are not (a NUL, a byte
 * of no valid sequence; each counts one), the offset of the first (n if
 * none) and whether it is a NUL; utf16 when it looks like UTF-16 instead
 * (a byte-order mark FF FE or FE FF, or a NUL in nearly every pair of
 * its first bytes).  (utf8.c) */
typedef struct Utf8Check {
    size_t bad, first;
    bool first_nul, utf16;
} Utf8Check;
void utf8_check(const char *s, size_t n, Utf8Check *out);
/* Length of the character at s (n > 0): a valid sequence (*valid true),
 * or else the maximal subpart of one cut short, or one byte (*valid
 * false): what is shown as one U+FFFD, and what the scanner counts as
 * one column. (utf8.c) */
int utf8_char_len(const char *s, size_t n, bool *valid);
/* Characters of [s, s+n) counted by utf8_char_len: columns. (utf8.c) */
int utf8_cols(const char *s, size_t n);

/* Span covering a..b. */
Span span_join(Span a, Span b);

#endif
