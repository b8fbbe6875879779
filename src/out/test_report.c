/*
 * test_report.c - the report of `rkt test` (docs/cli.md "uji blocks"): one
 * line per test and the closing `N passed, N failed` (text), JSON, or
 * JUnit XML for CI.
 */
#include <stdlib.h>

#include "base/i18n.h"
#include "base/util.h"
#include "out/escape.h"
#include "out/test_report.h"

void out_test_text(FILE *f, const UjiResult *res, int n, int passed, int failed)
{
    for (int i = 0; i < n; i++) {
        const UjiResult *r = &res[i];
        bool ok = !r->error && r->nfails == 0;
        /* TRANSLATORS: "ok  " and "FAIL" are one width, so the names line up */
        out_textf(f, "%s  %s\n", ok ? _("ok  ") : _("FAIL"), r->name);
        if (r->error)
            out_textf(f, "      %s: %s\n", r->where, r->error);
        for (int j = 0; j < r->nfails; j++) {
            const UjiFail *u = &r->fails[j];
            out_textf(f, "      %s: %s\n", u->where, u->expr);
            out_textf(f, _("        expected: %s\n        actual:   %s\n"), u->expected, u->actual);
        }
    }
    out_textf(f, "%d passed, %d failed\n", passed, failed);   /* in every language (docs/cli.md) */
}

void out_test_json(FILE *f, const UjiResult *res, int n, int passed, int failed)
{
    Sbuf b;
    sb_init(&b);
    sb_puts(&b, "{\"tests\":[");
    for (int i = 0; i < n; i++) {
        const UjiResult *r = &res[i];
        sb_puts(&b, i ? ",{\"name\":" : "{\"name\":");
        sb_json_str(&b, r->name);
        sb_puts(&b, ",\"file\":");
        sb_json_str(&b, r->file);
        sb_printf(&b, ",\"line\":%d,\"passed\":%s,\"error\":", r->line,
                  !r->error && !r->nfails ? "true" : "false");
        sb_json_str(&b, r->error);
        sb_puts(&b, ",\"failures\":[");
        for (int j = 0; j < r->nfails; j++) {
            const UjiFail *u = &r->fails[j];
            sb_printf(&b, "%s{\"line\":%d,\"column\":%d,\"harap\":", j ? "," : "", u->line, u->column);
            sb_json_str(&b, u->expr);
            sb_puts(&b, ",\"expected\":");
            sb_json_str(&b, u->expected);
            sb_puts(&b, ",\"actual\":");
            sb_json_str(&b, u->actual);
            sb_putc(&b, '}');
        }
        sb_puts(&b, "]}");
    }
    sb_printf(&b, "],\"passed\":%d,\"failed\":%d}\n", passed, failed);
    fputs(b.s, f);
    sb_free(&b);
}

/* XML 1.0 character data and attribute values (escape.h). */
static void xml_text(FILE *f, const char *s)
{
    out_esc_puts(f, s, OUT_ESC_XML_TEXT);
}

static void xml_attr(FILE *f, const char *s)
{
    out_esc_puts(f, s, OUT_ESC_XML_ATTR);
}

void out_test_junit(FILE *f, const UjiResult *res, int n, int failed)
{
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
    fprintf(f, "  <testsuite name=\"rkt\" tests=\"%d\" failures=\"%d\" errors=\"0\">\n", n, failed);
    for (int i = 0; i < n; i++) {
        const UjiResult *r = &res[i];
        fputs("    <testcase classname=\"", f);
        xml_attr(f, r->file);
        fputs("\" name=\"", f);
        xml_attr(f, r->name);
        fputs("\"", f);
        if (!r->error && !r->nfails) {
            fputs("/>\n", f);
            continue;
        }
        fputs(">\n      <failure message=\"", f);
        xml_attr(f, r->error ? r->error : r->fails[0].expr);
        fputs("\">", f);
        if (r->error)
            xml_text(f, r->error);
        for (int j = 0; j < r->nfails; j++) {
            const UjiFail *u = &r->fails[j];
            char *s = xasprintf("%s: %s\nexpected: %s\nactual:   %s\n", u->where, u->expr, u->expected, u->actual);
            xml_text(f, s);
            free(s);
        }
        fputs("</failure>\n    </testcase>\n", f);
    }
    fputs("  </testsuite>\n</testsuites>\n", f);
}

