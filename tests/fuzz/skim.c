/*
 * tests/fuzz/skim.c - libFuzzer on the skim's contract (skimdiff.h): any
 * text where the catalogue's skim and the scanner disagree, on tokens or
 * on the parse, aborts with what differs.  `make fuzz-skim`, not part of
 * `make test` (test_skim.c runs the contract on the tree's files and
 * their mutations there); the front end's own internal headers, unlike
 * libfuzzer.c beside it.
 */
#include <stddef.h>
#include <stdint.h>

#include "../unit/skimdiff.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bool taken;
    char *why = skim_diff((const char *)data, size, "fuzz.rkt", &taken);
    if (why) {
        fprintf(stderr, "%s\n", why);
        abort();
    }
    return 0;
}
