/*
 * outfile.h - where a command's output goes: stdout, or `-o FILE` as
 * docs/cli.md says, kind by kind.  The one atomic writer of the program
 * (`fmt -w` is to use it too); the library itself only writes to FILE *.
 *
 *   a regular file (or none yet)   a temporary file beside it, fsync,
 *                                  rename: a failed run leaves the old
 *                                  one whole; mode and owner are kept
 *   a symlink                      its final target is replaced so (the
 *                                  link stays a link)
 *   a FIFO, a character device,    written through (opened for writing,
 *   /dev/stdout, /dev/fd/N         no rename)
 *   several hard links, a          refused (exit 2), as is any of the
 *   directory, a socket, a block   run's own input files (by device and
 *   device                         inode)
 *
 * Every failure is reported on stderr here, once ("rkt: cannot write
 * 'FILE': ..." or, for stdout, "rkt: cannot write the output: ...").
 */
#ifndef RKT_CLI_OUTFILE_H
#define RKT_CLI_OUTFILE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct OutFile {
    const char *name;   /* the -o FILE as given; NULL: stdout */
    char *target;       /* the file written: name, or a symlink's target */
    char *tmp;          /* the temporary beside target; NULL: written through */
    int fd;             /* where the bytes go; -1 once closed */
    bool own_fd;        /* opened here (not stdout, not /dev/fd/N) */
    bool exists;        /* target existed (its mode and owner are kept) */
    int err;            /* the first write error (errno), 0 while none */
} OutFile;

/* Opens the output `path` (NULL: stdout).  `inputs` are the paths of the
 * run's input files (sources, imports, data; NULL entries skipped): an
 * output that is one of them is refused.  0, or -1 after a message (exit
 * status 2); nothing has been created then. */
int of_open(OutFile *of, const char *path, const char *const *inputs, int ninputs);
/* Refuses, once the run has said what it read (its imports), an output
 * that is one of `inputs`: 0, or -1 after a message (then of_abort).
 * Until then nothing but the temporary has been written. */
int of_check_inputs(const OutFile *of, const char *const *inputs, int ninputs);
/* Appends bytes.  0, or -1 once a write failed (reported by of_commit).
 * A caller that writes to of->fd itself (a stream copied from temporary
 * files, as eval --semua does) sets of->err to the errno of a failure. */
int of_write(OutFile *of, const void *data, size_t len);
/* Makes the output final: fsync and rename for a file replaced, close
 * for one written through.  0, or -1 after a message, the temporary
 * removed and the old file as it was.  Frees what of_open took. */
int of_commit(OutFile *of);
/* Gives up: the temporary is removed, nothing is replaced. */
void of_abort(OutFile *of);

/* The whole output at once: of_open, of_write, of_commit. */
int of_write_file(const char *path, const char *data, size_t len,
                  const char *const *inputs, int ninputs);

/* At the end of every command: what is still buffered in stdout is
 * flushed; a write error makes the status 2, with a message.  Returns
 * the exit status. */
int of_stdout_end(int rc);

#endif
