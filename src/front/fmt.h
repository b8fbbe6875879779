/*
 * fmt.h - the formatter (`rkt fmt`, docs/cli.md "fmt"): the canonical
 * layout of one parsed file, printed from its tree, its comments and
 * where its blank lines stood (parse_file_fmt), never from the rest of
 * its spacing.
 */
#ifndef RKT_FMT_H
#define RKT_FMT_H

#include "front/ast.h"
#include "base/source.h"
#include "base/util.h"

/* Appends the canonical text of `a`, parsed from `f` by parse_file_fmt
 * without a syntax error, to out.  A node this module does not know is
 * printed from its source span, tokens as written, on one line. */
void fm_format(const Ast *a, const SrcFile *f, Sbuf *out);

#endif
