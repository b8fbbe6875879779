/*
 * outfile.c - the command's output: stdout, or -o FILE written as docs/cli.md
 * says for each kind of file (outfile.h).  The one atomic writer of the
 * program: a temporary ".NAME.XXXXXX" beside the file replaced (so the
 * rename never crosses a file system), created with O_EXCL and mode
 * 0666 less the umask; a file replaced gives it its mode and owner.
 * Watch out: /dev/stdout and /dev/fd/N name an open file of this very
 * process, written through its descriptor (following the link would
 * replace whatever stdout was redirected to); /dev/null is a character
 * device, written through, never renamed over (as root, a rename would
 * make it a regular file).
 */
#include "cli/outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "rkt.h"
#include "cli/cli.h"
#include "cli/msg.h"
#include <stdarg.h>

/* The command allocates little; out of memory it stops (exit 2). */
static void *of_alloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs(cli_tr("rkt: out of memory\n"), stderr);
        exit(EXIT_USAGE);
    }
    return p;
}

static char *of_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *of_fmt(const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *p = of_alloc((size_t)(n < 0 ? 0 : n) + 1);
    vsnprintf(p, (size_t)(n < 0 ? 0 : n) + 1, fmt, ap);
    va_end(ap);
    return p;
}


#define OF_MAX_LINKS 40     /* symlinks followed, as the kernel's ELOOP */

/* ---- messages -------------------------------------------------------- */

/* "rkt: cannot write 'NAME': why" (the name escaped: it is input). */
static void of_say(const OutFile *of, const char *why)
{
    if (of->name)
        rkt_textf(stderr, cli_tr("rkt: cannot write '%s': "), of->name);
    else
        fputs(cli_tr("rkt: cannot write the output: "), stderr);
    fputs(why, stderr);
    fputc('\n', stderr);
}

static void of_say_errno(const OutFile *of, int e)
{
    of_say(of, cli_strerror(e));
}

/* ---- what the name is ------------------------------------------------ */

/* The descriptor an open-file name stands for (/dev/stdout, /dev/fd/N,
 * /proc/self/fd/N, /proc/PID/fd/N of this process), or -1. */
static int of_fd_name(const char *p)
{
    if (strcmp(p, "/dev/stdin") == 0)
        return 0;
    if (strcmp(p, "/dev/stdout") == 0)
        return 1;
    if (strcmp(p, "/dev/stderr") == 0)
        return 2;
    const char *n = NULL;
    char self[64];
    snprintf(self, sizeof self, "/proc/%ld/fd/", (long)getpid());
    static const char *const dirs[] = {"/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/"};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0] && !n; i++)
        if (strncmp(p, dirs[i], strlen(dirs[i])) == 0)
            n = p + strlen(dirs[i]);
    if (!n && strncmp(p, self, strlen(self)) == 0)
        n = p + strlen(self);
    if (!n || !*n)
        return -1;
    long fd = 0;
    for (; *n; n++) {
        if (*n < '0' || *n > '9' || fd > 1000000)
            return -1;
        fd = fd * 10 + (*n - '0');
    }
    return (int)fd;
}

/* The directory part of p with its slash ("" for a bare name). */
static size_t of_dirlen(const char *p)
{
    const char *slash = strrchr(p, '/');
    return slash ? (size_t)(slash - p) + 1 : 0;
}

/* Follows symlinks from of->name to what is to be written: sets
 * of->target (malloc'd) and *st (when it exists, *exists), or *fd for an
 * open-file name.  0, or -1 after a message. */
static int of_resolve(OutFile *of, struct stat *st, int *fd)
{
    char *cur = of_fmt("%s", of->name);
    *fd = -1;
    of->exists = false;
    for (int hops = 0;; hops++) {
        if ((*fd = of_fd_name(cur)) >= 0)
            break;
        if (lstat(cur, st) != 0) {
            if (errno != ENOENT) {
                of_say_errno(of, errno);
                free(cur);
                return -1;
            }
            break;                              /* a new file */
        }
        if (!S_ISLNK(st->st_mode)) {
            of->exists = true;
            break;
        }
        if (hops == OF_MAX_LINKS) {
            of_say_errno(of, ELOOP);
            free(cur);
            return -1;
        }
        size_t cap = (size_t)st->st_size + 2;
        if (cap < 256)
            cap = 256;
        char *link = of_alloc(cap);
        ssize_t n = readlink(cur, link, cap);
        if (n < 0 || (size_t)n >= cap) {
            of_say_errno(of, n < 0 ? errno : ENAMETOOLONG);
            free(link);
            free(cur);
            return -1;
        }
        link[n] = '\0';
        char *next = link[0] == '/' || !of_dirlen(cur) ? of_fmt("%s", link)
                   : of_fmt("%.*s%s", (int)of_dirlen(cur), cur, link);
        free(link);
        free(cur);
        cur = next;
    }
    of->target = cur;
    return 0;
}

/* The input (a path of `inputs`) that is the file st describes, or NULL.
 * A character device is nobody's input file (a terminal on both sides). */
static const char *of_input_match(const struct stat *st, const char *const *inputs, int n)
{
    if (S_ISCHR(st->st_mode))
        return NULL;
    for (int i = 0; i < n; i++) {
        struct stat in;
        if (inputs[i] && stat(inputs[i], &in) == 0 && in.st_dev == st->st_dev &&
            in.st_ino == st->st_ino)
            return inputs[i];
    }
    return NULL;
}

/* Refuses one of the run's input files: 0 when st is none of them. */
static int of_not_input(const OutFile *of, const struct stat *st, const char *const *inputs, int n)
{
    const char *in = of_input_match(st, inputs, n);
    if (!in)
        return 0;
    char *m = rkt_textf_dup(cli_tr("it is one of this run's input files ('%s'); nothing written"), in);
    of_say(of, m);
    rkt_free(m);
    return -1;
}

/* Refuses what docs/cli.md refuses; 0 when the existing file st may be
 * written. */
static int of_kind_ok(const OutFile *of, const struct stat *st, const char *const *inputs, int n)
{
    const char *kind = S_ISDIR(st->st_mode) ? cli_tr("a directory")
                     : S_ISSOCK(st->st_mode) ? cli_tr("a socket")
                     : S_ISBLK(st->st_mode) ? cli_tr("a block device")
                     : S_ISREG(st->st_mode) || S_ISFIFO(st->st_mode) || S_ISCHR(st->st_mode) ? NULL
                     : cli_tr("not a regular file");
    char why[256];
    if (kind) {
        snprintf(why, sizeof why, cli_tr("it is %s; -o writes a regular file, a FIFO or a character device"),
                 kind);
        of_say(of, why);
        return -1;
    }
    if (of_not_input(of, st, inputs, n) != 0)
        return -1;
    if (S_ISREG(st->st_mode) && st->st_nlink > 1) {
        snprintf(why, sizeof why, cli_tr("it has %ld hard links, and replacing it would leave the "
                 "others with the old content; nothing written"), (long)st->st_nlink);
        of_say(of, why);
        return -1;
    }
    return 0;
}

/* ---- the temporary ------------------------------------------------- */

/* ".NAME.XXXXXX" beside target, created with O_EXCL (mode 0666 less the
 * umask, as any new file).  The descriptor, or -1 with errno set. */
static int of_tmp_create(OutFile *of)
{
    static const char abc[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    size_t dl = of_dirlen(of->target);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    unsigned long x = (unsigned long)ts.tv_nsec ^ ((unsigned long)ts.tv_sec << 20) ^
                      ((unsigned long)getpid() << 8) ^ (unsigned long)(uintptr_t)of;
    for (int tries = 0; tries < 100; tries++) {
        char suf[7];
        for (int i = 0; i < 6; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            suf[i] = abc[x % (sizeof abc - 1)];
        }
        suf[6] = '\0';
        char *tmp = of_fmt("%.*s.%s.%s", (int)dl, of->target, of->target + dl, suf);
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd >= 0) {
            of->tmp = tmp;
            return fd;
        }
        int e = errno;
        free(tmp);
        if (e != EEXIST) {
            errno = e;
            return -1;
        }
    }
    errno = EEXIST;
    return -1;
}

/* The mode and owner of the file replaced, on the temporary.  The owner
 * first: changing it clears set-user-ID bits. */
static int of_keep_attrs(OutFile *of, const struct stat *st)
{
    struct stat mine;
    if (fstat(of->fd, &mine) != 0) {
        of_say_errno(of, errno);
        return -1;
    }
    if ((mine.st_uid != st->st_uid || mine.st_gid != st->st_gid) &&
        fchown(of->fd, st->st_uid, st->st_gid) != 0) {
        char why[160];
        int e = errno;
        snprintf(why, sizeof why, cli_tr("its owner (user %ld, group %ld) cannot be kept: %s; "
                 "nothing written"), (long)st->st_uid, (long)st->st_gid, cli_strerror(e));
        of_say(of, why);
        return -1;
    }
    if (fchmod(of->fd, st->st_mode & 07777) != 0) {
        of_say_errno(of, errno);
        return -1;
    }
    return 0;
}

static void of_free(OutFile *of)
{
    free(of->target);
    free(of->tmp);
    of->target = of->tmp = NULL;
}

/* ---- entry points ---------------------------------------------------- */

int of_open(OutFile *of, const char *path, const char *const *inputs, int ninputs)
{
    memset(of, 0, sizeof *of);
    of->fd = -1;
    of->name = path;
    if (!path) {
        fflush(stdout);             /* what stdio holds goes first */
        of->fd = STDOUT_FILENO;
        return 0;
    }
    struct stat st;
    int fd;
    if (of_resolve(of, &st, &fd) != 0)
        return -1;
    if (fd >= 0) {                  /* an open file of ours: through it */
        if (fstat(fd, &st) != 0) {
            of_say_errno(of, errno);
            of_free(of);
            return -1;
        }
        if (of_not_input(of, &st, inputs, ninputs) != 0) {
            of_free(of);
            return -1;
        }
        if (fd == STDOUT_FILENO)
            fflush(stdout);
        of->fd = fd;
        return 0;
    }
    if (of->exists && of_kind_ok(of, &st, inputs, ninputs) != 0) {
        of_free(of);
        return -1;
    }
    if (of->exists && !S_ISREG(st.st_mode)) {   /* a FIFO, a character device */
        of->fd = open(of->target, O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (of->fd < 0) {
            of_say_errno(of, errno);
            of_free(of);
            return -1;
        }
        of->own_fd = true;
        return 0;
    }
    of->fd = of_tmp_create(of);
    if (of->fd < 0) {
        of_say_errno(of, errno);
        of_free(of);
        return -1;
    }
    of->own_fd = true;
    if (of->exists && of_keep_attrs(of, &st) != 0) {
        of_abort(of);
        return -1;
    }
    return 0;
}

int of_check_inputs(const OutFile *of, const char *const *inputs, int ninputs)
{
    struct stat st;
    if (of->fd == STDOUT_FILENO && !of->own_fd && !of->name)
        return 0;
    if (of->tmp ? (of->exists && stat(of->target, &st) == 0) : fstat(of->fd, &st) == 0)
        return of_not_input(of, &st, inputs, ninputs);
    return 0;
}

int of_write(OutFile *of, const void *data, size_t len)
{
    const char *p = data;
    while (len && !of->err) {
        ssize_t w = write(of->fd, p, len);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            of->err = w < 0 ? errno : EIO;
            break;
        }
        p += w;
        len -= (size_t)w;
    }
    return of->err ? -1 : 0;
}

void of_abort(OutFile *of)
{
    if (of->own_fd && of->fd >= 0)
        close(of->fd);
    of->fd = -1;
    if (of->tmp)
        unlink(of->tmp);
    of_free(of);
}

/* The directory entry of the rename made durable too (best effort). */
static void of_sync_dir(const char *target)
{
    size_t dl = of_dirlen(target);
    char *dir = dl ? of_fmt("%.*s", (int)dl, target) : of_fmt(".");
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    free(dir);
}

int of_commit(OutFile *of)
{
    int e = of->err;
    if (!e && of->tmp && fsync(of->fd) != 0)
        e = errno;
    if (of->own_fd) {
        if (close(of->fd) != 0 && !e && errno != EINTR)
            e = errno;
        of->fd = -1;
    }
    if (!e && of->tmp) {
        if (rename(of->tmp, of->target) != 0)
            e = errno;
        else {
            free(of->tmp);
            of->tmp = NULL;
            of_sync_dir(of->target);
        }
    }
    if (e)
        of_say_errno(of, e);
    of_abort(of);
    return e ? -1 : 0;
}

int of_write_file(const char *path, const char *data, size_t len,
                  const char *const *inputs, int ninputs)
{
    OutFile of;
    if (of_open(&of, path, inputs, ninputs) != 0)
        return -1;
    of_write(&of, data, len);
    return of_commit(&of);
}

int of_stdout_end(int rc)
{
    errno = 0;
    if (fflush(stdout) == 0 && !ferror(stdout))
        return rc;
    int e = errno ? errno : EIO;
    fprintf(stderr, cli_tr("rkt: cannot write the output: %s\n"), cli_strerror(e));
    return EXIT_USAGE;
}
