/*
 * help.c - `rkt help [COMMAND]` and `rkt COMMAND --help`: the general help
 * and, per command of docs/cli.md's table, its synopsis, options and an
 * example, in the run's language (each text is one message of the
 * catalogue, so a translator sees it whole).
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/msg.h"
#include "rkt.h"

typedef struct HelpTopic {
    const char *name;
    const char *text;           /* msgid */
} HelpTopic;

/* The options every command that loads files takes. */
#define COMMON N_("common options:\n" \
    "  -I DIR            add DIR to the rules search path (then RKT_PATH)\n" \
    "  --akar DIR        imports may not leave DIR, except into the rules search path\n" \
    "  --bahasa id|en    the language of messages (default: the locale's)\n" \
    "  --werror          warnings make the exit status 1\n" \
    "  --color WHEN      auto, always or never\n")
static const HelpTopic topics[] = {
    {"check", N_("usage: rkt check [OPTIONS] FILE...\n"
                 "\n"
                 "Parses the plans, rules and tests, resolves their imports and runs every\n"
                 "check and every static rule; each finding is a diagnostic with a stable code\n"
                 "(docs/diagnostics.md).\n"
                 "\n"
                 "options:\n"
                 "  --format F        human (default), json, github or sarif\n"
                 "  -o FILE           write json, github or sarif to FILE (atomically)\n"
                 "\n"
                 "example:\n"
                 "  rkt check examples/bkhit\n")},
    {"eval", N_("usage: rkt eval [OPTIONS] FILE... --data CSV [--data CSV...]\n"
                "\n"
                "Evaluates one rkt or pk plan against its realisation data: realisasi,\n"
                "target, capaian, roll-ups, predikat and the rules' findings.\n"
                "\n"
                "options:\n"
                "  --data CSV        realisation data (repeatable)\n"
                "  --periode P       2025, 2025-TW2, 2025-S1 or 2025-06 (default: the plan year)\n"
                "  --rencana CODE    the plan to evaluate, when several are loaded\n"
                "  --semua           every rkt and pk plan loaded, in one pass over the data\n"
                "  --format F        table (default), csv, json or md\n"
                "  --angka id        read data numbers as 25.945 = 25945 and 81,5 = 81.5\n"
                "  -o FILE           write the results to FILE (atomically)\n"
                "\n"
                "example:\n"
                "  rkt eval examples/bkhit --rencana RKT_BKHIT_2025 --data examples/bkhit/realisasi-2025.csv\n")},
    {"report", N_("usage: rkt report [OPTIONS] FILE... --jenis KIND --format md|html|xlsx -o OUT\n"
                  "\n"
                  "Writes a document a planner hands in, from the same source as every check.\n"
                  "\n"
                  "options:\n"
                  "  --jenis KIND      rkt, pk, renstra, iku (no data needed), pengukuran or lkj\n"
                  "                    (with --data)\n"
                  "  --format F        md, html or xlsx\n"
                  "  -o OUT            the document (atomically); md may also go to stdout\n"
                  "  --data CSV        realisation data (repeatable)\n"
                  "  --periode P       2025, 2025-TW2, 2025-S1 or 2025-06\n"
                  "  --rencana CODE    the plan, when several are loaded\n"
                  "  --angka-laporan en  numbers as 25,945.5 instead of 25.945,5\n"
                  "\n"
                  "example:\n"
                  "  rkt report examples/bkhit --jenis pk --rencana PK_BKHIT_2025 --format html -o pk.html\n")},
    {"test", N_("usage: rkt test [OPTIONS] FILE...\n"
                "\n"
                "Runs the uji blocks: one line per test, then \"N passed, N failed\".\n"
                "\n"
                "options:\n"
                "  --run PATTERN     only the tests whose name contains PATTERN\n"
                "  --format F        text (default), json or junit\n"
                "  -o FILE           write the report to FILE (atomically)\n"
                "\n"
                "example:\n"
                "  rkt test examples/bkhit\n")},
    {"fmt", N_("usage: rkt fmt [-w] [--check] FILE...\n"
               "\n"
               "Prints the files in the canonical layout, every comment kept on its item;\n"
               "formatting twice changes nothing.  A file with syntax errors is left as it is.\n"
               "\n"
               "options:\n"
               "  -w                rewrite the files in place (atomically)\n"
               "  --check           list the files that would change, show the diff, exit 1\n"
               "\n"
               "example:\n"
               "  rkt fmt --check examples rules\n")},
    {"explain", N_("usage: rkt explain [OPTIONS] FILE... --data CSV CODE\n"
                   "\n"
                   "Shows how one value was obtained: the rows used, the consolidation, the\n"
                   "target, the formula and the result, for an indicator, a sasaran or the plan.\n"
                   "\n"
                   "options:\n"
                   "  --data CSV        realisation data (repeatable)\n"
                   "  --periode P       2025, 2025-TW2, 2025-S1 or 2025-06\n"
                   "  --rencana CODE    the plan, when several are loaded\n"
                   "\n"
                   "example:\n"
                   "  rkt explain examples/bkhit --rencana RKT_BKHIT_2025 --data examples/bkhit/realisasi-2025.csv IKSP1\n")},
    {"lsp", N_("usage: rkt lsp\n"
               "\n"
               "A language server on stdin and stdout (Content-Length framing, JSON-RPC 2.0):\n"
               "diagnostics, hover, go to definition, document symbols, formatting and\n"
               "completion, for an editor to start.\n"
               "\n"
               "example (editors/ holds a VS Code extension that runs it):\n"
               "  rkt lsp\n")},
    {"completion", N_("usage: rkt completion bash|zsh|fish\n"
                      "\n"
                      "Prints the shell completion script: commands, options, the values of\n"
                      "--format and --jenis, and files.  make install puts it where each shell\n"
                      "looks.\n"
                      "\n"
                      "example:\n"
                      "  source <(rkt completion bash)\n")},
    {"help", N_("usage: rkt help [COMMAND], rkt COMMAND --help\n"
                "\n"
                "Prints the general help, or a command's synopsis, options and an example.\n"
                "\n"
                "example:\n"
                "  rkt help eval\n")},
};

static const char *const general =
    N_("usage: rkt COMMAND [OPTIONS] FILE...\n"
       "\n"
       "commands:\n"
       "  check FILE...                 parse and check plans, rules and tests\n"
       "  eval FILE... --data CSV       evaluate realisasi, capaian, roll-ups, rules\n"
       "  report FILE... --jenis KIND   the documents planners hand in (md, html, xlsx)\n"
       "  test FILE...                  run the uji blocks\n"
       "  fmt [-w] [--check] FILE...    canonical layout, every comment kept\n"
       "  explain FILE... --data CSV CODE\n"
       "                                show how one value was obtained\n"
       "  lsp                           a language server on stdin/stdout\n"
       "  completion bash|zsh|fish      the shell completion script\n"
       "  help [COMMAND]                this text, or a command's\n"
       "\n"
       "'rkt help COMMAND' and 'rkt COMMAND --help' show a command's options.\n"
       "\n"
       "exit status: 0 done, 1 the input has errors, 2 usage error or limit reached\n");

int cmd_help(const char *topic)
{
    if (!topic) {
        fputs(cli_tr(general), stdout);
        fputc('\n', stdout);
        fputs(cli_tr(COMMON), stdout);
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof topics / sizeof *topics; i++)
        if (strcmp(topics[i].name, topic) == 0) {
            fputs(cli_tr(topics[i].text), stdout);
            if (strcmp(topic, "lsp") != 0 && strcmp(topic, "completion") != 0 && strcmp(topic, "help") != 0) {
                fputc('\n', stdout);
                fputs(cli_tr(COMMON), stdout);
            }
            return EXIT_OK;
        }
    rkt_textf(stderr, cli_tr("rkt: no command '%s'; the commands are check, eval, report, test, fmt, "
                             "explain, lsp and completion\n"), topic);
    return EXIT_USAGE;
}
