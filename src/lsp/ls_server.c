/*
 * ls_server.c - rkt_lsp (rkt.h): the server's loop over the messages of
 * its input, JSON-RPC 2.0 as LSP uses it.  A message that cannot be read
 * (no Content-Length, not JSON, not a request) is answered with the
 * JSON-RPC error for it and the loop goes on; an unknown request gets
 * MethodNotFound, an unknown notification nothing.  Notifications that
 * change a document publish its diagnostics before the next message is
 * read, so they go out before the next request is answered.  The loop
 * ends at `exit` or at the end of the input.
 */
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "lsp/lsp.h"

enum {
    RPC_PARSE_ERROR = -32700, RPC_INVALID_REQUEST = -32600, RPC_METHOD_NOT_FOUND = -32601,
    RPC_INVALID_PARAMS = -32602, RPC_NOT_INITIALIZED = -32002
};

static void reply(LsServer *s, json_t *id, json_t *result)
{
    ls_write(s->out, json_pack("{s:s,s:O,s:o}", "jsonrpc", "2.0", "id", id ? id : json_null(), "result", result));
}

static void fail(LsServer *s, json_t *id, int code, const char *msg)
{
    ls_write(s->out, json_pack("{s:s,s:O,s:{s:i,s:s}}", "jsonrpc", "2.0", "id", id ? id : json_null(), "error",
                               "code", code, "message", msg));
}

/* ---- initialize ------------------------------------------------------------ */

/* "utf-8" when the client offers it, else the default UTF-16. */
static bool offers_utf8(json_t *params)
{
    json_t *encs = json_object_get(json_object_get(json_object_get(params, "capabilities"), "general"),
                                   "positionEncodings");
    size_t i;
    json_t *e;
    json_array_foreach(encs, i, e)
        if (json_is_string(e) && strcmp(json_string_value(e), "utf-8") == 0)
            return true;
    return false;
}

static json_t *initialize(LsServer *s, json_t *params)
{
    s->utf8 = offers_utf8(params);
    s->initialized = true;
    return json_pack("{s:{s:s,s:{s:b,s:i},s:b,s:b,s:b,s:{s:[s]},s:b},s:{s:s,s:s}}", "capabilities",
                     "positionEncoding", s->utf8 ? "utf-8" : "utf-16", "textDocumentSync", "openClose", 1, "change",
                     1, "hoverProvider", 1, "definitionProvider", 1, "documentSymbolProvider", 1,
                     "completionProvider", "triggerCharacters", " ", "documentFormattingProvider", 1, "serverInfo",
                     "name", "rkt", "version", rkt_version());
}

/* ---- documents -------------------------------------------------------------- */

static const char *doc_uri(json_t *params)
{
    return json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
}

static void did_open(LsServer *s, json_t *params)
{
    json_t *td = json_object_get(params, "textDocument");
    json_t *text = json_object_get(td, "text");
    const char *uri = doc_uri(params);
    if (!uri || !json_is_string(text))
        return;
    ls_doc_open(s, uri, json_string_value(text), json_string_length(text), json_object_get(td, "version"));
}

static void did_change(LsServer *s, json_t *params)
{
    LsDoc *d = ls_doc_find(s, doc_uri(params));
    json_t *changes = json_object_get(params, "contentChanges");
    if (d && json_is_array(changes))
        ls_doc_change(s, d, changes, json_object_get(json_object_get(params, "textDocument"), "version"));
}

static void notification(LsServer *s, const char *method, json_t *params)
{
    if (!s->initialized || s->shutdown)
        return;
    if (strcmp(method, "textDocument/didOpen") == 0)
        did_open(s, params);
    else if (strcmp(method, "textDocument/didChange") == 0)
        did_change(s, params);
    else if (strcmp(method, "textDocument/didClose") == 0)
        ls_doc_close(s, doc_uri(params));
    /* initialized, didSave, $/cancelRequest, $/setTrace...: nothing to do */
}

/* ---- requests ------------------------------------------------------------------ */

typedef json_t *(*AtFn)(LsServer *s, LsDoc *d, int at);

/* A request at a position of a document: the document's byte offset. */
static void at_position(LsServer *s, json_t *id, json_t *params, AtFn fn)
{
    json_t *pos = json_object_get(params, "position");
    json_t *line = json_object_get(pos, "line"), *ch = json_object_get(pos, "character");
    if (!doc_uri(params) || !json_is_integer(line) || !json_is_integer(ch)) {
        fail(s, id, RPC_INVALID_PARAMS, "expected textDocument.uri and position {line, character}");
        return;
    }
    LsDoc *d = ls_doc_find(s, doc_uri(params));
    if (!d || !d->have_prog) {
        reply(s, id, json_null());
        return;
    }
    json_int_t l = json_integer_value(line), c = json_integer_value(ch);
    int at = ls_offset(src_get(&d->prog.src, d->file), l < 0 ? 0 : l > 0x7fffffff ? 0x7fffffff : (int)l,
                       c < 0 ? 0 : c > 0x7fffffff ? 0x7fffffff : (int)c, s->utf8);
    reply(s, id, fn(s, d, at));
}

static void on_document(LsServer *s, json_t *id, json_t *params, json_t *(*fn)(LsServer *, LsDoc *))
{
    if (!doc_uri(params)) {
        fail(s, id, RPC_INVALID_PARAMS, "expected textDocument.uri");
        return;
    }
    LsDoc *d = ls_doc_find(s, doc_uri(params));
    reply(s, id, d && d->have_prog ? fn(s, d) : json_null());
}

static void request(LsServer *s, json_t *id, const char *method, json_t *params)
{
    if (strcmp(method, "initialize") == 0) {
        if (s->initialized)
            fail(s, id, RPC_INVALID_REQUEST, "initialize was already received");
        else
            reply(s, id, initialize(s, params));
        return;
    }
    if (!s->initialized) {
        fail(s, id, RPC_NOT_INITIALIZED, "the server is not initialized");
        return;
    }
    if (s->shutdown) {
        fail(s, id, RPC_INVALID_REQUEST, "the server is shut down");
        return;
    }
    if (strcmp(method, "shutdown") == 0) {
        s->shutdown = true;
        reply(s, id, json_null());
    } else if (strcmp(method, "textDocument/hover") == 0) {
        at_position(s, id, params, ls_hover);
    } else if (strcmp(method, "textDocument/definition") == 0) {
        at_position(s, id, params, ls_definition);
    } else if (strcmp(method, "textDocument/completion") == 0) {
        at_position(s, id, params, ls_completion);
    } else if (strcmp(method, "textDocument/documentSymbol") == 0) {
        on_document(s, id, params, ls_symbols);
    } else if (strcmp(method, "textDocument/formatting") == 0) {
        on_document(s, id, params, ls_formatting);
    } else {
        fail(s, id, RPC_METHOD_NOT_FOUND, "method not found");
    }
}

/* ---- one message ----------------------------------------------------------------- */

/* Handles one body; true when it was `exit`. */
static bool message(LsServer *s, const char *body, size_t len)
{
    json_error_t err;
    json_t *msg = json_loadb(body, len, JSON_REJECT_DUPLICATES, &err);
    if (!msg) {
        fail(s, NULL, RPC_PARSE_ERROR, "parse error: the message is not JSON");
        return false;
    }
    json_t *id = json_object_get(msg, "id");
    json_t *method = json_object_get(msg, "method");
    json_t *version = json_object_get(msg, "jsonrpc");
    bool id_ok = id && (json_is_string(id) || json_is_integer(id));
    if (!json_is_object(msg) || !json_is_string(version) || strcmp(json_string_value(version), "2.0") != 0 ||
        (id && !id_ok && !json_is_null(id)) || (method && !json_is_string(method))) {
        fail(s, id_ok ? id : NULL, RPC_INVALID_REQUEST, "invalid request: expected a JSON-RPC 2.0 object");
        json_decref(msg);
        return false;
    }
    bool exit_now = false;
    json_t *params = json_object_get(msg, "params");
    if (!method) {
        if (!json_object_get(msg, "result") && !json_object_get(msg, "error"))
            fail(s, id_ok ? id : NULL, RPC_INVALID_REQUEST, "invalid request: no method");
        /* else the client's answer to a request: the server sends none */
    } else if (id) {
        request(s, id, json_string_value(method), params);
    } else if (strcmp(json_string_value(method), "exit") == 0) {
        exit_now = true;
    } else {
        notification(s, json_string_value(method), params);
    }
    json_decref(msg);
    return exit_now;
}

RKT_API int rkt_lsp(const rkt_options *opt, FILE *in, FILE *out)
{
    LsServer s = {0};
    s.in = in;
    s.out = out;
    if (opt)
        s.opt = *opt;
    s.opt.on_diagnostic = NULL;
    for (;;) {
        char *body;
        size_t len;
        const char *why = NULL;
        LsRead r = ls_read(in, &body, &len, &why);
        if (r == LS_EOF)
            break;
        if (r == LS_BAD) {
            char *m = xasprintf("parse error: %s", why);
            fail(&s, NULL, RPC_PARSE_ERROR, m);
            free(m);
            continue;
        }
        bool done = message(&s, body, len);
        free(body);
        if (done)
            break;
    }
    ls_docs_free(&s);
    return s.shutdown ? RKT_OK : RKT_EINPUT;
}
