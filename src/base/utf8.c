/*
 * utf8.c - validation of UTF-8 sequences (RFC 3629: no overlongs, no
 * surrogates, nothing past U+10FFFF).  Used by the scanner for comments
 * and by the data loader for text fields; and what one character is
 * where text is not valid (columns, snippets).
 */
#include "base/source.h"

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
