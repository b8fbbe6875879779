/*
 * lsp.h - the language server's pieces (rkt lsp, docs/cli.md "Language
 * server"): the framing of messages (ls_rpc.c), positions in UTF-16 or
 * UTF-8 (ls_pos.c), the open documents and their analysis (ls_doc.c),
 * the answers to requests (ls_feat.c) and the loop (ls_server.c).
 * Messages are jansson values; every function here runs on the server's
 * one thread.
 */
#ifndef RKT_LSP_H
#define RKT_LSP_H

#include <stdbool.h>
#include <stdio.h>
#include <jansson.h>

#include "rkt.h"
#include "front/load.h"
#include "check/model.h"

/* ---- framing (ls_rpc.c) ------------------------------------------------ */

/* The most bytes of one message body kept; a longer one is read and
 * dropped (answered as a parse error), so memory stays bounded. */
enum { LS_MAX_BODY = 64 << 20, LS_MAX_HEADER_LINE = 4096 };

typedef enum LsRead { LS_MSG, LS_EOF, LS_BAD } LsRead;

/* One message: LS_MSG with the body (malloc'd, NUL-terminated) in *body;
 * LS_BAD when the header has no usable Content-Length or the body is
 * too long (*why says which); LS_EOF at the end of the input, also in
 * the middle of a body. */
LsRead ls_read(FILE *in, char **body, size_t *len, const char **why);
/* Writes msg framed and flushes; takes the reference. */
void ls_write(FILE *out, json_t *msg);
/* A JSON string of text that may not be valid UTF-8 (it comes from
 * input): each byte of no valid sequence becomes U+FFFD. */
json_t *ls_str(const char *s);
json_t *ls_strn(const char *s, size_t n);

/* ---- positions (ls_pos.c) ------------------------------------------------ */

/* The byte offset of an LSP position in f's text: UTF-16 code units, or
 * bytes when utf8; past the line's end it is the line's end. */
int ls_offset(SrcFile *f, int line, int character, bool utf8);
/* The LSP position {line, character} of byte offset `at`. */
json_t *ls_position(SrcFile *f, int at, bool utf8);
/* The LSP range of a span of f. */
json_t *ls_range(SrcFile *f, int lo, int hi, bool utf8);
/* The byte offset of line `line` (from 1), column `col` (characters,
 * from 1), as rkt_diagnostic gives them. */
int ls_char_offset(SrcFile *f, int line, int col);
/* file:// URI of a path (absolute, percent-encoded), malloc'd; and the
 * path of a file URI (malloc'd), or NULL when it is not one. */
char *ls_uri_of_path(const char *path);
char *ls_path_of_uri(const char *uri);

/* ---- documents (ls_doc.c) ------------------------------------------------ */

/* An open document and its last analysis: the text and what it imports
 * loaded and built into a Model (for hover, definition, symbols,
 * completion); the diagnostics come from a session's check (rkt.h). */
typedef struct LsDoc {
    char *uri;
    char *path;             /* the file the URI names: where imports resolve */
    char *text;
    size_t len;
    json_t *version;        /* the client's, as given (NULL: none) */
    Program prog;
    bool have_prog;
    Model *m;
    int file;               /* the document's file id in prog */
} LsDoc;

typedef struct LsServer {
    FILE *in, *out;
    rkt_options opt;        /* the command's (search path, root) */
    bool utf8;              /* positionEncoding "utf-8" negotiated */
    bool initialized, shutdown;
    LsDoc *docs;
    int ndocs, capdocs;
} LsServer;

LsDoc *ls_doc_find(LsServer *s, const char *uri);
/* Opens (or replaces) a document's text and publishes its diagnostics. */
void ls_doc_open(LsServer *s, const char *uri, const char *text, size_t len, json_t *version);
/* Applies textDocument/didChange's contentChanges (full, or ranges). */
void ls_doc_change(LsServer *s, LsDoc *d, json_t *changes, json_t *version);
void ls_doc_close(LsServer *s, const char *uri);
void ls_docs_free(LsServer *s);
/* The URI of file id `file` of d's analysis (d's own URI for d). */
char *ls_doc_file_uri(const LsDoc *d, int file);

/* ---- requests (ls_feat.c) ------------------------------------------------ */

json_t *ls_hover(LsServer *s, LsDoc *d, int at);
json_t *ls_definition(LsServer *s, LsDoc *d, int at);
json_t *ls_symbols(LsServer *s, LsDoc *d);
json_t *ls_completion(LsServer *s, LsDoc *d, int at);
json_t *ls_formatting(LsServer *s, LsDoc *d);
/* The related information of a W042 at `at` in d, or NULL. */
json_t *ls_related(LsServer *s, LsDoc *d, const char *code, int at);

#endif
