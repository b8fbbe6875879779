/*
 * xlsx_load.c - libxlsxwriter opened at run time (xlsx_load.h): the
 * function table xl_lib, filled once per process by xl_load, and the
 * compile-time check of the table against <xlsxwriter.h>.
 *
 * The soname is the one of the libxlsxwriter.so the linker would have
 * picked, read by the Makefile at build time into report/xlsx_soname.h
 * (XL_SONAME, and XL_PACKAGE, the Debian package that holds it), so the
 * library opened is the ABI the headers describe.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/xlsx_load.h"
#include "report/xlsx_soname.h"     /* generated: $(B)/report/ */

/* Every entry has the type of the real function: _Generic does not
 * evaluate its operand, so &name references no symbol and the object
 * stays free of libxlsxwriter. */
#define XL_CHECK(ret, name, params) \
    _Static_assert(_Generic(&name, ret (*) params: 1, default: 0), \
                   #name ": XL_FUNCS differs from its prototype in <xlsxwriter.h>");
XL_FUNCS(XL_CHECK)
#undef XL_CHECK

/* dlsym gives an object pointer; it is copied into the function pointer
 * (ISO C has no conversion between the two, POSIX makes them the same). */
_Static_assert(sizeof(void *) == sizeof(void (*)(void)), "dlsym's pointer holds a function pointer");

XlLib xl_lib;
const char xl_soname[] = XL_SONAME;
const char xl_package[] = XL_PACKAGE;

static pthread_once_t xl_once = PTHREAD_ONCE_INIT;
static int xl_status = -1;
static char xl_why[512];

static void xl_reason(char *why, size_t n, const char *path)
{
    const char *e = dlerror();
    snprintf(why, n, "%s", e ? e : path);
}

int xl_open(const char *path, XlLib *lib, char *why, size_t n)
{
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        xl_reason(why, n, path);
        return -1;
    }
    void *p;
#define XL_SYM(ret, name, params) \
    if (!(p = dlsym(h, #name))) { \
        xl_reason(why, n, #name); \
        dlclose(h); \
        return -1; \
    } \
    memcpy(&lib->name, &p, sizeof p);
    XL_FUNCS(XL_SYM)
#undef XL_SYM
    return 0;       /* h stays open: the table points into it until exit */
}

static void xl_load_once(void)
{
    const char *path = getenv("RKT_XLSX_LIBRARY");
    xl_status = xl_open(path && *path ? path : XL_SONAME, &xl_lib, xl_why, sizeof xl_why);
}

int xl_load(const char **why)
{
    pthread_once(&xl_once, xl_load_once);
    if (why)
        *why = xl_status == 0 ? NULL : xl_why;
    return xl_status;
}
