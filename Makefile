# rkt - build, test, demo, bench, install.
# `make` builds ./rkt; `make test` installs what is missing (Debian, as
# root), builds, and runs every test, also under ASan+UBSan and valgrind.

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
RULESDIR = $(PREFIX)/share/rkt/rules
MANDIR   = $(PREFIX)/share/man/man1

CC      ?= cc
WARN     = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wformat=2 -Wno-unused-parameter
CFLAGS  ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_XOPEN_SOURCE=700 -pthread $(WARN) $(CFLAGS) -Iinclude \
           -Isrc -I$(B) -DRKT_RULES_DIR='"$(RULESDIR)"'
LDLIBS  += -lm -pthread
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
LAYERS   = base front check data eval out run cli
HDRS     = $(wildcard src/*/*.h)
LIB_SRC  = $(filter-out src/cli/main.c,$(foreach l,$(LAYERS),$(wildcard src/$(l)/*.c)))
LIB_OBJ  = $(patsubst src/%.c,$(B)/%.o,$(LIB_SRC)) $(B)/rkt.tab.o $(B)/lex.yy.o
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(patsubst tests/unit/%.c,$(B)/%,$(UNIT_SRC))
RKT      = $(if $(filter build,$(B)),rkt,$(B)/rkt)

.PHONY: all deps test test-unit test-golden test-uji test-sarif test-fuzz test-valgrind \
        test-docs test-threads test-pipeline demo bench fuzz-long clean install check-warnings

all: $(RKT)

$(RKT): $(B)/cli/main.o $(B)/librkt.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

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
$(B)/rkt.tab.o: $(B)/rkt.tab.c $(B)/lex.yy.h $(HDRS)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<
$(B)/lex.yy.o: $(B)/lex.yy.c $(B)/rkt.tab.h $(HDRS)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/test_%: tests/unit/test_%.c $(B)/librkt.a tests/unit/testutil.h
	$(CC) $(ALL_CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(B)/librkt.a -lcmocka $(LDLIBS)

# ---- setup -----------------------------------------------------------
# Installs the Debian packages that are missing (needs root and apt-get).
DEB_PKGS = gcc make flex bison uthash-dev libcmocka-dev valgrind mawk time jq
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
	$(MAKE) --no-print-directory test-unit test-golden test-uji test-docs test-sarif test-fuzz test-pipeline
	$(MAKE) --no-print-directory B=build-san SAN=1 test-unit test-golden test-uji test-sarif test-fuzz
	$(MAKE) --no-print-directory B=build-tsan SAN=thread test-threads
	$(MAKE) --no-print-directory test-valgrind
	@echo "make test: all suites passed"

test-unit: $(UNIT_BIN) $(RKT)
	@set -e; for t in $(UNIT_BIN); do echo "== $$t"; RKT_SRCDIR=$(CURDIR) ./$$t; done

test-golden: $(RKT)
	@sh tests/golden/run.sh ./$(RKT)

# The uji blocks of the rules library and the examples (examples/mistakes
# included: its errors are shown, but no test depends on them), then
# tests/uji (self-contained, so a run of its own: names share one namespace).
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

test-docs: $(RKT)
	@sh tests/check_catalogue.sh
	@sh tests/check_layers.sh

test-fuzz: $(RKT) $(B)/mutate
	@sh tests/fuzz/run.sh ./$(RKT) ./$(B)/mutate

$(B)/mutate: tests/fuzz/mutate.c | $(B)/.dir
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $<

test-valgrind: rkt
	@sh tests/valgrind.sh ./rkt

# ---- demo, bench -----------------------------------------------------
demo: deps
	$(MAKE) --no-print-directory all
	./rkt check examples/bkhit/
	./rkt eval examples/bkhit/rkt-2025.rkt examples/bkhit/renstra-2025-2029.rkt \
	    --data examples/bkhit/realisasi-2025.csv --format table

# `make bench` measures ./rkt, or the binary BENCH_RKT names; knobs
# BENCH_PLANS, BENCH_INDS, BENCH_LAYOUTS, BENCH_RUNS, BENCH_STARTUP_RUNS,
# BENCH_TIMEOUT (bench/README.md). A MISS does not fail the target.
BENCH_TOOLS = $(B)/benchgen $(B)/benchtime $(B)/scanpeer
bench: deps
	$(MAKE) --no-print-directory $(if $(BENCH_RKT),,all) $(BENCH_TOOLS)
	@sh bench/run.sh $(or $(BENCH_RKT),$(RKT)) $(B)

$(B)/benchgen: bench/benchgen.c | $(B)/.dir
	$(CC) $(ALL_CFLAGS) -o $@ $<
$(B)/benchtime: bench/benchtime.c | $(B)/.dir
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
# libFuzzer over the whole pipeline (tests/fuzz/libfuzzer.c), with clang,
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
	{ cat examples/bkhit/*.rkt; echo '%%'; cat examples/bkhit/realisasi-2025.csv; } > build-fuzz/corpus/seed-bkhit
	cd build-fuzz && ./fuzz-rkt -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -max_len=16384 corpus

$(B)/fuzz-rkt: tests/fuzz/libfuzzer.c $(B)/librkt.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/librkt.a $(LDLIBS)

# ---- install ---------------------------------------------------------
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(RULESDIR) $(DESTDIR)$(MANDIR)
	install -m 755 rkt $(DESTDIR)$(BINDIR)/rkt
	install -m 644 rules/*.rkt $(DESTDIR)$(RULESDIR)/
	install -m 644 docs/rkt.1 $(DESTDIR)$(MANDIR)/rkt.1

clean:
	rm -rf build build-san build-tsan build-fuzz rkt bench/out tests/fuzz/failures
