/*
 * utf8.c - validation of UTF-8 sequences (RFC 3629: no overlongs, no
 * surrogates, nothing past U+10FFFF).  Used by the scanner for comments
 * and by the data loader for text fields; what one character is where
 * text is not valid (columns, snippets); and utf8_check tells text from
 * what is not (the loader, for imports and arguments; data files).
 */
#include "base/source.h"

#include <stdint.h>
#include <string.h>

/* The character at s (n > 0): its length, valid or not.  An ill-formed
 * sequence is one character up to the byte that cannot continue it
 * (Unicode's "maximal subpart", replaced by one U+FFFD): the scanner
 * matches such a prefix as one token (UPART in rkt.l) and counts it one
 * column, so columns and snippets agree with it. */
int utf8_char_len(const char *s, size_t n, bool *valid)
{
    const unsigned char *u = (const unsigned char *)s;
    *valid = true;
    if (u[0] < 0x80)
        return 1;
    int len;
    unsigned char lo = 0x80, hi = 0xBF;     /* bounds of the second byte */
    if (u[0] >= 0xC2 && u[0] <= 0xDF)
        len = 2;
    else if (u[0] >= 0xE0 && u[0] <= 0xEF) {
        len = 3;
        if (u[0] == 0xE0) lo = 0xA0;        /* overlong */
        if (u[0] == 0xED) hi = 0x9F;        /* surrogates */
    } else if (u[0] >= 0xF0 && u[0] <= 0xF4) {
        len = 4;
        if (u[0] == 0xF0) lo = 0x90;
        if (u[0] == 0xF4) hi = 0x8F;
    } else {
        *valid = false;
        return 1;
    }
    int k = 1;
    if (n > 1 && u[1] >= lo && u[1] <= hi)
        for (k = 2; k < len && (size_t)k < n && (u[k] & 0xC0) == 0x80; k++)
            ;
    *valid = k == len;
    return k;
}

int utf8_valid_len(const char *s, size_t n)
{
    bool valid;
    int len = n ? utf8_char_len(s, n, &valid) : 0;
    return len && valid ? len : 0;
}

int utf8_cols(const char *s, size_t n)
{
    int w = 0;
    bool valid;
    for (size_t i = 0; i < n; w++) {
        unsigned char c = (unsigned char)s[i];
        i += c < 0x80 ? 1 : (size_t)utf8_char_len(s + i, n - i, &valid);
    }
    return w;
}

/* Eight bytes at a time while they are ASCII and not NUL: source and data
 * files are nearly all ASCII, so the check costs little beside reading. */
static size_t utf8_ascii_run(const unsigned char *u, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        const uint64_t ones = UINT64_C(0x0101010101010101), high = UINT64_C(0x8080808080808080);
        if ((w & high) || ((w - ones) & ~w & high))
            break;
    }
    while (i < n && u[i] && u[i] < 0x80)
        i++;
    return i;
}

/* UTF-16 text of mostly ASCII has a NUL in every pair of bytes, on the
 * same side: LE "k\0o\0", BE "\0k\0o". */
static bool utf8_utf16_pattern(const unsigned char *u, size_t n)
{
    size_t pairs = n / 2 < 64 ? n / 2 : 64, le = 0, be = 0;
    for (size_t i = 0; i < pairs; i++) {
        le += u[2 * i] != 0 && u[2 * i + 1] == 0;
        be += u[2 * i] == 0 && u[2 * i + 1] != 0;
    }
    return pairs >= 2 && (le * 4 >= pairs * 3 || be * 4 >= pairs * 3);
}

void utf8_check(const char *s, size_t n, Utf8Check *out)
{
    const unsigned char *u = (const unsigned char *)s;
    out->bad = 0;
    out->first = n;
    out->first_nul = false;
    out->utf16 = (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
                 || utf8_utf16_pattern(u, n);
    for (size_t i = 0; i < n;) {
        i += utf8_ascii_run(u + i, n - i);
        if (i >= n)
            break;
        int len = u[i] ? utf8_valid_len(s + i, n - i) : 0;
        if (len > 0) {
            i += (size_t)len;
            continue;
        }
        if (out->bad++ == 0) {
            out->first = i;
            out->first_nul = u[i] == 0;
        }
        i++;                    /* one byte at a time, as the scanner counts */
    }
}
