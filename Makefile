# rkt - build, test, demo, bench, install.
# `make` builds ./rkt; `make test` installs what is missing (Debian, as
# root), builds, and runs every test, also under ASan+UBSan and valgrind.

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
RULESDIR = $(PREFIX)/share/rkt/rules
MANDIR   = $(PREFIX)/share/man/man1
LOCALEDIR = $(PREFIX)/share/locale
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  = $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR = $(PREFIX)/share/fish/vendor_completions.d
LIBDIR   = $(PREFIX)/lib
INCDIR   = $(PREFIX)/include
PCDIR    = $(LIBDIR)/pkgconfig

# The library's version, from include/rkt.h; the soname carries the major.
rkt_ver  = $(shell sed -n 's/^\#define RKT_VERSION_$(1) *//p' include/rkt.h)
VERSION := $(call rkt_ver,MAJOR).$(call rkt_ver,MINOR).$(call rkt_ver,PATCH)
SONAME  := librkt.so.$(call rkt_ver,MAJOR)

# The tests compare English messages: the language of whoever runs them
# must not choose Indonesian (a test that wants it sets LANG or LANGUAGE).
unexport LANGUAGE LC_ALL LC_MESSAGES
export LANG := C

CC      ?= cc
WARN     = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wformat=2 -Wno-unused-parameter
CFLAGS  ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_XOPEN_SOURCE=700 -pthread $(WARN) $(CPPFLAGS) $(CFLAGS) -Iinclude \
           -Isrc -I$(B) -DRKT_RULES_DIR='"$(RULESDIR)"' \
           -DRKT_LOCALE_DIR='"$(LOCALEDIR)"' -DRKT_LOCALE_BUILD='"$(LOCALE_REL)"'
# --as-needed: libm is recorded only where a build calls into it (the
# -O2 command does not: its own code stands for the four functions it
# used; an -O1 sanitizer build may).
LDLIBS  += -Wl,--as-needed -lm -Wl,--no-as-needed -pthread -ljansson
# report/render_xlsx.c writes workbooks with libxlsxwriter, which
# report/xlsx_load.c opens at run time (dlopen) rather than link: loading
# it costs every process ~4 ms (README, dependencies).  dlopen is in
# glibc's libc since 2.34; with an older glibc, make DL_LIBS=-ldl.
DL_LIBS ?=
LDLIBS  += $(DL_LIBS)
FLEX    ?= flex
BISON   ?= bison

# B is the build directory; `make B=build-san SAN=1` is the sanitizer build,
# `make B=build-tsan SAN=thread` the ThreadSanitizer build.
B ?= build
ifeq ($(SAN),1)
ALL_CFLAGS += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer \
              -fno-sanitize-recover=all
LDFLAGS    += -fsanitize=address,undefined
endif
ifeq ($(SAN),fuzz)
ALL_CFLAGS += -O1 -g -fsanitize=fuzzer-no-link,address,undefined \
              -fno-sanitize-recover=all
LDFLAGS    += -fsanitize=fuzzer,address,undefined
endif
ifeq ($(SAN),thread)
ALL_CFLAGS += -O1 -fsanitize=thread
LDFLAGS    += -fsanitize=thread
endif

# Sources by layer (src/README.md): a layer includes only the layers
# before it (make check-layers).
LAYERS   = base front check data eval out report run lsp cli
HDRS     = $(wildcard src/*/*.h) include/rkt.h
LIB_SRC  = $(filter-out src/cli/main.c,$(foreach l,$(LAYERS),$(wildcard src/$(l)/*.c)))
LIB_OBJ  = $(patsubst src/%.c,$(B)/%.o,$(LIB_SRC)) $(B)/rkt.tab.o $(B)/lex.yy.o
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(patsubst tests/unit/%.c,$(B)/%,$(UNIT_SRC))
RKT      = $(if $(filter build,$(B)),rkt,$(B)/rkt)

# The library as it is installed (CLI.md "The library"): the sources but
# the command's (src/cli), compiled position-independent into $(B)/pic/
# with every symbol hidden but the functions rkt.h declares (RKT_API).
# $(B)/librkt.a keeps every symbol: the command and the unit tests link it.
SO_SRC   = $(filter-out src/cli/%,$(LIB_SRC))
PIC_OBJ  = $(patsubst src/%.c,$(B)/pic/%.o,$(SO_SRC)) $(B)/pic/rkt.tab.o $(B)/pic/lex.yy.o
PIC_CFLAGS = -fPIC -fvisibility=hidden
LIB_OUT  = $(B)/$(SONAME) $(B)/librkt.so $(B)/pic/librkt.a
# The Indonesian catalogue of this build, and that folder relative to the
# binary's, where the binary looks first (Messages, below).
MO       = $(B)/locale/id/LC_MESSAGES/rkt.mo
LOCALE_REL = $(if $(filter build,$(B)),$(B)/locale,locale)

.PHONY: po-update test-po test-locale test-cppflags locale-id all build-all lib deps test test-unit test-install test-php test-golden test-uji test-sarif test-fuzz test-valgrind \
        test-docs test-threads test-pipeline test-fmt test-lsp test-editors demo bench fuzz-long fuzz-skim clean install

# `make` builds on every core (a serial build of the ~90 sources takes a
# minute on 2 cores, half that in parallel); the sources are independent
# and the generated headers are declared prerequisites, so the order is
# the dependencies' alone.  A sanitizer build makes no shared library:
# its runtime must come first.
NPROC := $(shell nproc 2>/dev/null || echo 1)
all:
	@$(MAKE) --no-print-directory -j$(NPROC) build-all
build-all: $(RKT) $(MO) $(if $(SAN),,lib)
lib: $(LIB_OUT)

# The command links jansson's archive, not its shared library: each
# library loaded costs every process its mapping and relocation (README,
# dependencies); the shared librkt.so keeps it a dependency (rkt.pc).
STATIC_JANSSON = -Wl,-Bstatic -ljansson -Wl,-Bdynamic
RKT_LDLIBS = $(subst -ljansson,$(STATIC_JANSSON),$(LDLIBS))
$(RKT): $(B)/cli/main.o $(B)/librkt.a
	$(CC) $(LDFLAGS) -o $@ $^ $(RKT_LDLIBS)

$(B)/librkt.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(B)/.dir:
	mkdir -p $(B) $(addprefix $(B)/,$(LAYERS)) && touch $@

# One rule makes both parser files (safe under parallel make).
$(B)/rkt.tab.c: grammar/rkt.y | $(B)/.dir
	$(BISON) -Wall -Werror -o $@ --header=$(B)/rkt.tab.h $<
$(B)/rkt.tab.h: $(B)/rkt.tab.c ;

# Full tables, and a scanner that never backs up (as PostgreSQL checks):
# backing up would cost bookkeeping on every character.
$(B)/lex.yy.c: grammar/rkt.l $(B)/rkt.tab.h | $(B)/.dir
	cd $(B) && $(FLEX) -Cf -b -o lex.yy.c --header-file=lex.yy.h ../grammar/rkt.l
	@grep -q '^No backing up' $(B)/lex.backup || { cat $(B)/lex.backup; rm -f $@; echo "grammar/rkt.l: the scanner backs up" >&2; exit 1; }
$(B)/lex.yy.h: $(B)/lex.yy.c ;

$(B)/%.o: src/%.c $(HDRS) $(B)/rkt.tab.h $(B)/lex.yy.h | $(B)/.dir
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<
# What report/xlsx_load.c opens: the soname of the libxlsxwriter.so the
# linker would pick (objdump -p), and for the message that asks to install
# it the Debian package holding that file (dpkg -S; without dpkg, Debian's
# naming: libNAME.so.N is in libNAMEN, libNAME-N when NAME ends in a digit).
XLSX_SONAME_H = $(B)/report/xlsx_soname.h
$(XLSX_SONAME_H): Makefile | $(B)/.dir
	@mkdir -p $(dir $@)
	@lib=$$($(CC) $(LDFLAGS) -print-file-name=libxlsxwriter.so); \
	so=$$(objdump -p "$$lib" 2>/dev/null | sed -n 's/^ *SONAME  *//p'); \
	[ -n "$$so" ] || { echo "$@: the linker finds no libxlsxwriter.so ($$lib): install libxlsxwriter-dev (make deps)" >&2; exit 1; }; \
	pkg=$$(dpkg -S "$$(readlink -f "$$lib")" 2>/dev/null | sed -n '1s/[:,].*//p'); \
	[ -n "$$pkg" ] || pkg=$$(echo "$$so" | sed 's/\([0-9]\)\.so\./\1-/; s/\.so\.//'); \
	printf '%s\n' "/* generated by the Makefile from $$lib */" "#define XL_SONAME \"$$so\"" \
	    "#define XL_PACKAGE \"$$pkg\"" > $@.tmp && mv $@.tmp $@
$(B)/report/xlsx_load.o $(B)/pic/report/xlsx_load.o: $(XLSX_SONAME_H)

$(B)/rkt.tab.o: $(B)/rkt.tab.c $(B)/lex.yy.h $(HDRS)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<
$(B)/lex.yy.o: $(B)/lex.yy.c $(B)/rkt.tab.h $(HDRS)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/pic/.dir: | $(B)/.dir
	mkdir -p $(addprefix $(B)/pic/,$(LAYERS)) && touch $@
$(B)/pic/%.o: src/%.c $(HDRS) $(B)/rkt.tab.h $(B)/lex.yy.h | $(B)/pic/.dir
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(PIC_CFLAGS) -c -o $@ $<
$(B)/pic/rkt.tab.o: $(B)/rkt.tab.c $(B)/lex.yy.h $(HDRS) | $(B)/pic/.dir
	$(CC) $(ALL_CFLAGS) $(PIC_CFLAGS) -c -o $@ $<
$(B)/pic/lex.yy.o: $(B)/lex.yy.c $(B)/rkt.tab.h $(HDRS) | $(B)/pic/.dir
	$(CC) $(ALL_CFLAGS) $(PIC_CFLAGS) -c -o $@ $<

# -z defs: every symbol the library needs is in it or in what it names;
# the version script exports the rkt_ functions alone.
$(B)/$(SONAME): $(PIC_OBJ) src/run/librkt.map
	$(CC) $(LDFLAGS) -shared -Wl,-soname,$(SONAME) -Wl,-z,defs -Wl,--version-script=src/run/librkt.map \
	    -o $@ $(PIC_OBJ) $(LDLIBS)
$(B)/librkt.so: $(B)/$(SONAME)
	ln -sf $(SONAME) $@
# The installed archive: the same objects linked into one whose hidden
# symbols are made local, so a program linked with it sees only rkt_ names.
$(B)/pic/librkt.a: $(PIC_OBJ)
	$(CC) -r -nostdlib -o $(B)/pic/librkt.o $^
	objcopy --localize-hidden $(B)/pic/librkt.o
	rm -f $@ && ar rcs $@ $(B)/pic/librkt.o

# The API's test includes rkt.h alone.
$(B)/test_api: tests/unit/test_api.c include/rkt.h $(B)/librkt.a
	$(CC) $(API_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/librkt.a -lcmocka $(LDLIBS)
$(B)/test_%: tests/unit/test_%.c $(B)/librkt.a tests/unit/testutil.h include/rkt.h
	$(CC) $(ALL_CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(B)/librkt.a -lcmocka $(LDLIBS)

# ---- messages (docs/cli.md "Messages", po/README.md) ---------------------
# po/rkt.pot holds every message xgettext finds in the sources: the
# arguments of the functions that take one (XGETTEXT_KEYS); po/id.po is
# its Indonesian.  msgfmt --check compiles id.po into $(B)/locale, where
# the binary of this build finds it (RKT_LOCALE_BUILD: that folder
# relative to the binary's), installed under $(LOCALEDIR).
POT_SRC  = $(sort $(wildcard src/*/*.c src/*/*.h)) include/rkt.h grammar/rkt.y grammar/rkt.l
XGETTEXT_KEYS = -k_ -kN_ -ki18n_tr -ki18n_ntr:1,2 -kdg_add:5 -kdg_emit:4 -klx_error:4 \
    -kld_say:2 -ksel_fail:2 -krkt_gettext:2 -kcli_tr -kcli_ntr:1,2 -kusage_error:1 \
    --flag=dg_add:5:c-format --flag=dg_emit:4:c-format --flag=lx_error:4:c-format \
    --flag=ld_say:2:c-format --flag=sel_fail:2:c-format \
    --flag=rkt_textf:2:c-format --flag=rkt_textf_dup:1:c-format --flag=out_textf:2:c-format \
    --flag=out_sb_textf:2:c-format --flag=xasprintf:1:c-format --flag=ar_printf:2:c-format \
    --flag=sb_printf:2:c-format --flag=snprintf:3:c-format --flag=i18n_tr:1:pass-c-format \
    --flag=cli_tr:1:pass-c-format
XGETTEXT = xgettext --language=C --from-code=UTF-8 --package-name=rkt --package-version=$(VERSION) \
    --msgid-bugs-address="rkt maintainers (README.md)" --sort-by-file --add-comments=TRANSLATORS: \
    -x po/exclude.pot $(XGETTEXT_KEYS)

$(MO): po/id.po | $(B)/.dir
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ po/id.po

# Regenerates po/rkt.pot from the sources and merges it into po/id.po:
# a new message comes in untranslated, a changed one fuzzy (po/README.md);
# then lists what is left to translate.
XGETTEXT_QUIET = 2>&1 | grep -v "extension '[ly]' is unknown\|rkt.l:[0-9]*: warning: unterminated" >&2 || true
po-update:
	$(XGETTEXT) -o po/rkt.pot $(POT_SRC) $(XGETTEXT_QUIET)
	msgmerge --quiet --update --backup=none --previous po/id.po po/rkt.pot
	@sh tests/po/check.sh --list

# The catalogue is complete: msgfmt --check --statistics says 0
# untranslated and 0 fuzzy, and the messages xgettext finds in the sources
# now are all in po/rkt.pot and po/id.po (tests/po/check.sh).
test-po:
	@mkdir -p $(B)/po
	@$(XGETTEXT) -o $(B)/po/fresh.pot $(POT_SRC) $(XGETTEXT_QUIET)
	@sh tests/po/check.sh $(B)/po/fresh.pot

# Numbers in data, CSV and JSON do not depend on the locale (docs/cli.md
# "Messages"): the command and a program that set LC_ALL to id_ID.UTF-8
# (decimal comma) get the bytes they get under C (tests/locale/run.sh).
# The locale is generated when missing (Debian's locales: localedef, as
# root).
test-locale: $(RKT) $(MO) $(B)/locale-embed locale-id
	@sh tests/locale/run.sh ./$(RKT) ./$(B)/locale-embed
$(B)/locale-embed: tests/locale/embed.c include/rkt.h $(B)/librkt.a
	$(CC) $(API_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/librkt.a $(LDLIBS)
locale-id:
	@locale -a 2>/dev/null | grep -qix 'id_ID.utf-\{0,1\}8' || { \
	  if [ "$$(id -u)" = 0 ]; then echo "generating the locale id_ID.UTF-8"; localedef -i id_ID -c -f UTF-8 -A /usr/share/locale/locale.alias id_ID.UTF-8; \
	  else echo "the locale id_ID.UTF-8 is missing: run as root, or localedef -i id_ID -f UTF-8 id_ID.UTF-8" >&2; exit 2; fi; }

# The build honours Debian's hardening flags (dpkg-buildflags: CPPFLAGS
# -Wdate-time -D_FORTIFY_SOURCE=2, CFLAGS, LDFLAGS) and stays warning-free
# with them: a build of its own in build-deb/, every compiler line checked
# to carry CPPFLAGS and no warning printed.
test-cppflags:
	@command -v dpkg-buildflags > /dev/null || { echo "dpkg-buildflags is missing (make deps installs dpkg-dev)" >&2; exit 2; }
	@rm -rf build-deb; mkdir -p build-deb
	@$(MAKE) --no-print-directory B=build-deb CPPFLAGS="$$(dpkg-buildflags --get CPPFLAGS)" \
	    CFLAGS="$$(dpkg-buildflags --get CFLAGS)" LDFLAGS="$$(dpkg-buildflags --get LDFLAGS)" \
	    build-deb/rkt build-deb/librkt.so > build-deb/log 2>&1 || { cat build-deb/log; exit 1; }
	@cpp=$$(dpkg-buildflags --get CPPFLAGS); n=$$(grep -c -- ' -c ' build-deb/log); \
	  m=$$(grep -- ' -c ' build-deb/log | grep -cF -- "$$cpp"); \
	  if [ "$$n" -eq 0 ] || [ "$$n" != "$$m" ]; then echo "cppflags: $$m of $$n compiler lines carry '$$cpp'" >&2; exit 1; fi; \
	  if grep -i 'warning' build-deb/log; then echo "cppflags: the build with dpkg-buildflags warns" >&2; exit 1; fi; \
	  echo "cppflags: $$n compiler lines with '$$cpp', no warning"

# ---- setup -----------------------------------------------------------
# Installs the Debian packages that are missing (needs root and apt-get).
DEB_PKGS = gcc make flex bison uthash-dev libcmocka-dev valgrind mawk time jq \
           binutils pkg-config php-cli libjansson-dev gettext locales dpkg-dev bash
DEB_PKGS += libxlsxwriter-dev unzip
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "run as root, or install:$$missing" >&2; exit 2; fi; \
	fi

# ---- tests -----------------------------------------------------------
test: deps
	$(MAKE) --no-print-directory all
	$(MAKE) --no-print-directory test-unit test-golden test-uji test-docs test-sarif test-fuzz \
	    test-pipeline test-install test-php test-fmt test-lsp test-editors test-po test-locale test-cppflags
	$(MAKE) --no-print-directory test-report-read
	$(MAKE) --no-print-directory B=build-san SAN=1 test-unit test-golden test-uji test-sarif test-fuzz test-fmt test-lsp
	$(MAKE) --no-print-directory B=build-tsan SAN=thread test-threads
	$(MAKE) --no-print-directory test-valgrind
	@echo "make test: all suites passed"

test-unit: $(UNIT_BIN) $(RKT) $(MO)
	@set -e; for t in $(UNIT_BIN); do echo "== $$t"; RKT_SRCDIR=$(CURDIR) ./$$t; done

test-golden: $(RKT) $(MO)
	@sh tests/golden/run.sh ./$(RKT)

# The uji blocks of the rules library and the examples (examples/mistakes
# included: its errors are shown, but no test depends on them), then
# tests/uji, a run of its own (self-contained: it declares its own units).
test-uji: $(RKT)
	RKT_PATH=rules ./$(RKT) test rules examples 2>/dev/null
	RKT_PATH=rules ./$(RKT) test tests/uji

# The code that runs on several threads (parsing ahead, eval --semua),
# under ThreadSanitizer: its unit tests, then check and eval --semua on 64
# generated plans (a race makes TSan exit 66).
test-threads: $(B)/test_load $(RKT) $(B)/benchgen
	RKT_SRCDIR=$(CURDIR) ./$(B)/test_load
	TSAN_OPTIONS=halt_on_error=1 sh tests/pipeline.sh ./$(RKT) ./$(B)/benchgen $(B)/pipeline
	@echo "threads: no data race found"

# The one pipeline on generated plans of both layouts: the same bytes on
# one thread and on two, and every plan of --semua as it is alone.
test-pipeline: $(RKT) $(B)/benchgen
	@sh tests/pipeline.sh ./$(RKT) ./$(B)/benchgen $(B)/pipeline --full

test-sarif: $(RKT)
	@sh tests/sarif/run.sh ./$(RKT)

# The golden JSON-RPC sessions of `rkt lsp` (tests/lsp/run.sh): framed by
# $(B)/lspframe, answers compared with tests/lsp/*.out.
test-lsp: $(RKT) $(B)/lspframe
	@sh tests/lsp/run.sh ./$(RKT) $(B)/lspframe
$(B)/lspframe: tests/lsp/frame.c | $(B)/.dir
	$(CC) $(ALL_CFLAGS) -o $@ $<

# editors/ (editors/README.md): the VS Code extension checked statically,
# its grammar tested on the examples and the extension packaged (npm ci
# installs the tools of package-lock.json when node_modules is missing;
# the npm registry must be reachable then); the Vim files in Vim.
test-editors:
	@cd editors/vscode && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm test --silent && \
	    mkdir -p build && { npx --no-install vsce package --out build/rkt-sakip.vsix > build/package.log 2>&1 || \
	    { cat build/package.log; exit 1; }; } && echo "editors/vscode: packaged build/rkt-sakip.vsix"
	@sh editors/vim/test.sh

test-docs: $(RKT)
	@sh tests/check_catalogue.sh
	@sh tests/check_layers.sh

# Every prefix and a few hundred mutations of each example and rules file,
# each through a session, in FUZZ_JOBS processes (tests/fuzz/suite.c).
# glibc gives the heap back after every run, and faulting it in again
# costs 9 times the work: the threshold keeps it (no effect under ASan).
test-fuzz: $(B)/fuzz-suite
	@MALLOC_TRIM_THRESHOLD_=268435456 ./$(B)/fuzz-suite

# The formatter's proof: every .rkt of examples/, rules/ and tests/ and
# every candidate of the fuzz suite that parses formats to the same tree
# and comments, and to itself (tests/fmt/roundtrip.c).
test-fmt: $(B)/fmt-roundtrip
	@./$(B)/fmt-roundtrip
$(B)/fmt-roundtrip: tests/fmt/roundtrip.c tests/fuzz/gen.h $(B)/librkt.a $(HDRS)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz $(LDFLAGS) -o $@ $< $(B)/librkt.a $(LDLIBS)

# What is built on rkt.h alone is compiled without the sources' folders.
API_CFLAGS = $(filter-out -Isrc -I$(B) -DRKT_RULES_DIR=% -DRKT_LOCALE_%,$(ALL_CFLAGS))
$(B)/fuzz-suite: tests/fuzz/suite.c tests/fuzz/gen.h include/rkt.h $(B)/librkt.a
	$(CC) $(API_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/librkt.a $(LDLIBS)

# `make install` into two fresh temporary folders (PREFIX, and PREFIX with
# DESTDIR), then a program built with pkg-config against them
# (tests/install/run.sh).
test-install: all
	@w=$$(mktemp -d "$${TMPDIR:-/tmp}/rkt-install.XXXXXX") || exit 2; \
	$(MAKE) --no-print-directory install PREFIX="$$w/usr" > "$$w/log" 2>&1 && \
	$(MAKE) --no-print-directory install PREFIX=/opt/rkt DESTDIR="$$w/stage" >> "$$w/log" 2>&1 || \
	{ cat "$$w/log"; rm -rf "$$w"; exit 1; }; \
	CC="$(CC)" sh tests/install/run.sh "$$w"; st=$$?; rm -rf "$$w"; exit $$st

# The PHP example through FFI, against this build's library: its output
# against `rkt eval --format json`, its cdef against rkt.h, and no exec.
test-php: $(RKT) $(B)/$(SONAME)
	@sh examples/php/test.sh ./$(RKT) $(B)/$(SONAME)

test-valgrind: rkt build/test_api
	@sh tests/valgrind.sh ./rkt build/test_api

# The html and xlsx of `rkt report` read as a reader reads them
# (tests/report/read.sh): openpyxl opens the xlsx, headless Chromium
# prints the html to PDF, poppler reads the PDF; on a document built by
# hand (tests/report/fixture.c) and on examples/bkhit.  The first page's
# PNG stays in $(B)/report-read/.
.PHONY: test-report-read deps-report-read
READ_PKGS = chromium poppler-utils python3-openpyxl
deps-report-read:
	@$(MAKE) --no-print-directory deps DEB_PKGS="$(READ_PKGS)"
test-report-read: deps-report-read $(B)/report-fixture $(RKT)
	@sh tests/report/read.sh ./$(B)/report-fixture ./$(RKT) $(B)/report-read
$(B)/report-fixture: tests/report/fixture.c $(B)/librkt.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/librkt.a $(LDLIBS)

# ---- demo, bench -----------------------------------------------------
demo: deps
	$(MAKE) --no-print-directory all
	./rkt check examples/bkhit/
	./rkt eval examples/bkhit/rkt-2025.rkt examples/bkhit/renstra-2025-2029.rkt \
	    --data examples/bkhit/realisasi-2025.csv --format table
	@mkdir -p $(B)/demo
	./rkt report examples/bkhit/ --rencana RKT_BKHIT_2025 --jenis rkt --format html -o $(B)/demo/lampiran-rkt-2025.html
	./rkt report examples/bkhit/ --rencana RKT_BKHIT_2025 --jenis rkt --format xlsx -o $(B)/demo/lampiran-rkt-2025.xlsx
	./rkt report examples/bkhit/ --rencana RKT_BKHIT_2025 --jenis lkj --data examples/bkhit/realisasi-2025.csv \
	    --data examples/bkhit/riwayat-2024.csv --format html -o $(B)/demo/lkj-2025.html
	./rkt report examples/bkhit/ --rencana RKT_BKHIT_2025 --jenis lkj --data examples/bkhit/realisasi-2025.csv \
	    --data examples/bkhit/riwayat-2024.csv --format xlsx -o $(B)/demo/lkj-2025.xlsx
	@echo "demo: the seed's Lampiran and its LKj table, in html and xlsx, are in $(B)/demo/:"
	@ls -1 $(B)/demo/lampiran-rkt-2025.html $(B)/demo/lampiran-rkt-2025.xlsx $(B)/demo/lkj-2025.html $(B)/demo/lkj-2025.xlsx

# `make bench` measures ./rkt, or the binary BENCH_RKT names; knobs
# BENCH_PLANS, BENCH_INDS, BENCH_LAYOUTS, BENCH_RUNS, BENCH_STARTUP_RUNS,
# BENCH_TIMEOUT (bench/README.md). A MISS does not fail the target.
BENCH_TOOLS = $(B)/benchgen $(B)/benchtime $(B)/scanpeer $(B)/lspbench
bench: deps
	$(MAKE) --no-print-directory $(if $(BENCH_RKT),,all) $(BENCH_TOOLS)
	@sh bench/run.sh $(or $(BENCH_RKT),$(RKT)) $(B)

$(B)/benchgen: bench/benchgen.c | $(B)/.dir
	$(CC) $(ALL_CFLAGS) -o $@ $<
$(B)/benchtime: bench/benchtime.c | $(B)/.dir
	$(CC) $(ALL_CFLAGS) -o $@ $<
$(B)/lspbench: bench/lspbench.c | $(B)/.dir
	$(CC) $(ALL_CFLAGS) -o $@ $<
# The peer of `rkt check`: rkt's scanner with no actions, built from
# grammar/rkt.l with rkt's flex flags (bench/scanpeer.sh).
$(B)/scanpeer.l: grammar/rkt.l bench/scanpeer.sh | $(B)/.dir
	sh bench/scanpeer.sh grammar/rkt.l > $@.tmp && mv $@.tmp $@
$(B)/scanpeer.c: $(B)/scanpeer.l
	$(FLEX) -Cf -o $@ $<
$(B)/scanpeer: $(B)/scanpeer.c
	$(CC) -std=c11 -D_XOPEN_SOURCE=700 $(CFLAGS) -o $@ $<

# ---- long fuzzing (not part of `make test`) -------------------------
# libFuzzer over the whole pipeline through rkt.h (tests/fuzz/libfuzzer.c), with clang,
# ASan and UBSan, seeded with the examples; FUZZ_SECONDS (default 600).
# A crash leaves its input in build-fuzz/ (crash-*): add it to the golden
# tests with the fix.
FUZZ_SECONDS ?= 600
fuzz-long: deps
	$(MAKE) --no-print-directory deps DEB_PKGS=clang
	$(MAKE) --no-print-directory CC=clang B=build-fuzz SAN=fuzz build-fuzz/fuzz-rkt
	@mkdir -p build-fuzz/corpus; n=0; \
	for f in examples/*/*.rkt examples/*/*/*.rkt rules/*.rkt tests/uji/*.rkt; do \
	  n=$$((n + 1)); cp "$$f" build-fuzz/corpus/seed-$$n; done; \
	{ sed '/^impor "[^"]*\.rkt"/d' examples/bkhit/*.rkt; echo '%%'; cat examples/bkhit/realisasi-2025.csv; } \
	    > build-fuzz/corpus/seed-bkhit
	cd build-fuzz && RKT_PATH=$(CURDIR)/rules ./fuzz-rkt -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -max_len=16384 corpus

# The skim against the scanner (tests/fuzz/skim.c), seeded the same way.
fuzz-skim: deps
	$(MAKE) --no-print-directory deps DEB_PKGS=clang
	$(MAKE) --no-print-directory CC=clang B=build-fuzz SAN=fuzz build-fuzz/fuzz-skim
	@mkdir -p build-fuzz/corpus-skim; n=0; \
	for f in examples/*/*.rkt examples/*/*/*.rkt rules/*.rkt tests/uji/*.rkt; do \
	  n=$$((n + 1)); cp "$$f" build-fuzz/corpus-skim/seed-$$n; done
	cd build-fuzz && ./fuzz-skim -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -max_len=16384 corpus-skim

$(B)/fuzz-skim: tests/fuzz/skim.c tests/unit/skimdiff.h $(B)/librkt.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/librkt.a $(LDLIBS)

$(B)/test_skim: tests/unit/skimdiff.h

$(B)/fuzz-rkt: tests/fuzz/libfuzzer.c include/rkt.h $(B)/librkt.a
	$(CC) $(API_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/librkt.a $(LDLIBS)

# ---- install ---------------------------------------------------------
# The command, its rules and man page; the library (docs/library.md):
# $(LIBDIR)/$(SONAME), its librkt.so link, librkt.a, $(INCDIR)/rkt.h and
# $(PCDIR)/rkt.pc, written for this PREFIX. After installing into a
# system folder, run ldconfig.
pc_rel = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(RULESDIR) $(DESTDIR)$(MANDIR) \
	    $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCDIR) $(DESTDIR)$(PCDIR)
	install -m 755 $(RKT) $(DESTDIR)$(BINDIR)/rkt
	install -m 644 rules/*.rkt $(DESTDIR)$(RULESDIR)/
	install -m 644 docs/rkt.1 $(DESTDIR)$(MANDIR)/rkt.1
	install -d $(DESTDIR)$(LOCALEDIR)/id/LC_MESSAGES $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) \
	    $(DESTDIR)$(FISHCOMPDIR)
	install -m 644 $(MO) $(DESTDIR)$(LOCALEDIR)/id/LC_MESSAGES/rkt.mo
	./$(RKT) completion bash > $(DESTDIR)$(BASHCOMPDIR)/rkt
	./$(RKT) completion zsh > $(DESTDIR)$(ZSHCOMPDIR)/_rkt
	./$(RKT) completion fish > $(DESTDIR)$(FISHCOMPDIR)/rkt.fish
	chmod 644 $(DESTDIR)$(BASHCOMPDIR)/rkt $(DESTDIR)$(ZSHCOMPDIR)/_rkt $(DESTDIR)$(FISHCOMPDIR)/rkt.fish
	install -m 755 $(B)/$(SONAME) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/librkt.so
	install -m 644 $(B)/pic/librkt.a $(DESTDIR)$(LIBDIR)/librkt.a
	install -m 644 include/rkt.h $(DESTDIR)$(INCDIR)/rkt.h
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(call pc_rel,$(LIBDIR))' 'includedir=$(call pc_rel,$(INCDIR))' '' \
	    'Name: rkt' 'Description: performance plans (SAKIP) as code: check and evaluate .rkt plans' \
	    'Version: $(VERSION)' 'Libs: -L$${libdir} -lrkt' 'Libs.private: $(strip -lm -pthread $(DL_LIBS) -ljansson)' \
	    'Cflags: -I$${includedir}' > $(DESTDIR)$(PCDIR)/rkt.pc
	chmod 644 $(DESTDIR)$(PCDIR)/rkt.pc

clean:
	rm -rf build build-san build-tsan build-fuzz build-deb rkt bench/out tests/fuzz/failures
