/*
 * test_outfile.c - the command's output file (cli/outfile.c), kind by
 * kind: a new file and a replaced one (content, mode, owner, nothing
 * left behind, a failed run keeps the old one; refused when the owner
 * cannot be kept), a symlink's target, a
 * FIFO and a character device written through, /dev/fd/N, and what is
 * refused (hard links, a directory, one of the run's inputs).
 */
#include "testutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/source.h"
#include "base/util.h"
#include "cli/outfile.h"

typedef struct Dir {
    char path[64];
} Dir;

static int setup(void **state)
{
    Dir *d = xcalloc(1, sizeof *d);
    snprintf(d->path, sizeof d->path, "/tmp/rkt-outfile-XXXXXX");
    assert_non_null(mkdtemp(d->path));
    umask(022);
    *state = d;
    return 0;
}

static int teardown(void **state)
{
    Dir *d = *state;
    char *cmd = xasprintf("rm -rf '%s'", d->path);
    assert_int_equal(system(cmd), 0);
    free(cmd);
    free(d);
    return 0;
}

static char *at(void **state, const char *name)
{
    return xasprintf("%s/%s", ((Dir *)*state)->path, name);
}

static int count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

static char *slurp(const char *path)
{
    SrcSet s;
    src_init(&s);
    char *err = NULL;
    SrcFile *f = src_load(&s, path, &err);
    char *text = f ? xstrdup(f->text) : err;
    src_free(&s);
    return text;
}

static void put(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

static void test_new_and_replaced(void **state)
{
    const char *dir = ((Dir *)*state)->path;
    char *path = at(state, "out.md");
    assert_int_equal(of_write_file(path, "first\n", 6, NULL, 0), 0);
    char *t = slurp(path);
    assert_string_equal(t, "first\n");
    free(t);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0644);     /* 0666 less the umask */
    assert_int_equal(count_entries(dir), 1);

    /* Replacing keeps the file's mode and leaves no temporary behind. */
    assert_int_equal(chmod(path, 0640), 0);
    assert_int_equal(stat(path, &st), 0);
    ino_t old = st.st_ino;
    assert_int_equal(of_write_file(path, "second", 6, NULL, 0), 0);
    t = slurp(path);
    assert_string_equal(t, "second");
    free(t);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0640);
    assert_true(st.st_ino != old);                 /* renamed into place */
    assert_int_equal(count_entries(dir), 1);

    assert_int_equal(of_write_file(path, "", 0, NULL, 0), 0);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_size, 0);

    /* A missing directory fails cleanly and creates nothing. */
    char *bad = at(state, "missing/out.md");
    assert_int_equal(of_write_file(bad, "x", 1, NULL, 0), -1);
    assert_int_equal(count_entries(dir), 1);
    free(bad);

    /* A bare name lands in the current directory. */
    char cwd[4096];
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(chdir(dir), 0);
    assert_int_equal(of_write_file("bare.txt", "b", 1, NULL, 0), 0);
    assert_int_equal(chdir(cwd), 0);
    assert_int_equal(count_entries(dir), 2);
    free(path);
}

/* A run that gives up (of_abort), or whose writes fail, leaves the old
 * file whole and no temporary. */
static void test_failed_run_keeps_old(void **state)
{
    const char *dir = ((Dir *)*state)->path;
    char *path = at(state, "hasil.json");
    put(path, "hasil lama\n");
    OutFile of;
    assert_int_equal(of_open(&of, path, NULL, 0), 0);
    assert_int_equal(of_write(&of, "half", 4), 0);
    assert_int_equal(count_entries(dir), 2);       /* the temporary */
    of_abort(&of);
    char *t = slurp(path);
    assert_string_equal(t, "hasil lama\n");
    free(t);
    assert_int_equal(count_entries(dir), 1);

    assert_int_equal(of_open(&of, path, NULL, 0), 0);
    of.err = ENOSPC;                               /* as a full disk would */
    assert_int_equal(of_write(&of, "x", 1), -1);
    assert_int_equal(of_commit(&of), -1);
    t = slurp(path);
    assert_string_equal(t, "hasil lama\n");
    free(t);
    assert_int_equal(count_entries(dir), 1);
    free(path);
}

static void test_owner_kept(void **state)
{
    if (geteuid() != 0)
        skip();
    char *path = at(state, "milik.csv");
    put(path, "x\n");
    assert_int_equal(chown(path, 4321, 4322), 0);
    assert_int_equal(chmod(path, 04750), 0);       /* set-user-ID survives the chown */
    assert_int_equal(of_write_file(path, "y\n", 2, NULL, 0), 0);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_uid, 4321);
    assert_int_equal(st.st_gid, 4322);
    assert_int_equal(st.st_mode & 07777, 04750);
    free(path);
}

/* A user who may write the file and its directory but cannot give the
 * new file its owner: refused, the old file left as it was (a rename
 * would have handed the file to that user). */
static void test_owner_not_kept_refused(void **state)
{
    if (geteuid() != 0)
        skip();
    char *dir = at(state, "bersama"), *path = at(state, "bersama/milik.csv");
    assert_int_equal(chmod(((Dir *)*state)->path, 0755), 0);
    assert_int_equal(mkdir(dir, 0777), 0);
    assert_int_equal(chmod(dir, 0777), 0);
    put(path, "lama\n");
    assert_int_equal(chmod(path, 0666), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        if (setgid(65534) != 0 || setuid(65534) != 0)
            _exit(3);
        if (access(path, W_OK) != 0 || access(dir, W_OK) != 0)
            _exit(4);                              /* it could write both */
        _exit(of_write_file(path, "baru\n", 5, NULL, 0) == -1 ? 0 : 1);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    char *t = slurp(path);
    assert_string_equal(t, "lama\n");
    free(t);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_uid, 0);
    assert_int_equal(count_entries(dir), 1);
    free(dir);
    free(path);
}

static void test_symlink_target_replaced(void **state)
{
    char *path = at(state, "target.csv"), *sub = at(state, "sub"), *link = at(state, "sub/link.csv");
    put(path, "old\n");
    assert_int_equal(chmod(path, 0600), 0);
    assert_int_equal(mkdir(sub, 0755), 0);
    assert_int_equal(symlink("../target.csv", link), 0);   /* relative to the link */
    assert_int_equal(of_write_file(link, "new\n", 4, NULL, 0), 0);
    struct stat st;
    assert_int_equal(lstat(link, &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    char *t = slurp(path);
    assert_string_equal(t, "new\n");
    free(t);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    assert_int_equal(count_entries(sub), 1);
    assert_int_equal(count_entries(((Dir *)*state)->path), 2);

    /* A dangling link: its target is created. */
    char *dangling = at(state, "dangling"), *made = at(state, "made.csv");
    assert_int_equal(symlink("made.csv", dangling), 0);
    assert_int_equal(of_write_file(dangling, "m", 1, NULL, 0), 0);
    t = slurp(made);
    assert_string_equal(t, "m");
    free(t);
    assert_int_equal(lstat(dangling, &st), 0);
    assert_true(S_ISLNK(st.st_mode));

    /* A loop is an error, not a hang. */
    char *loop = at(state, "loop");
    assert_int_equal(symlink("loop", loop), 0);
    assert_int_equal(of_write_file(loop, "x", 1, NULL, 0), -1);
    free(loop);
    free(dangling);
    free(made);
    free(path);
    free(sub);
    free(link);
}

static void test_fifo_written_through(void **state)
{
    char *fifo = at(state, "pipa");
    assert_int_equal(mkfifo(fifo, 0600), 0);
    int rd = open(fifo, O_RDONLY | O_NONBLOCK);    /* a reader, so opening to write does not wait */
    assert_true(rd >= 0);
    assert_int_equal(of_write_file(fifo, "lewat\n", 6, NULL, 0), 0);
    char buf[16] = {0};
    assert_int_equal(read(rd, buf, sizeof buf - 1), 6);
    assert_string_equal(buf, "lewat\n");
    close(rd);
    struct stat st;
    assert_int_equal(lstat(fifo, &st), 0);
    assert_true(S_ISFIFO(st.st_mode));
    assert_int_equal(count_entries(((Dir *)*state)->path), 1);
    free(fifo);
}

/* A character device is written through.  As root, one of the test's own
 * first: /dev/null and /dev/full are written only once that passed, so
 * a writer that renames over its target fails here without breaking the
 * machine's (an assertion ends the test). */
static void test_char_device_written_through(void **state)
{
    struct stat st;
    if (geteuid() == 0) {
        char *null = at(state, "null"), *full = at(state, "full");
        assert_int_equal(mknod(null, S_IFCHR | 0666, makedev(1, 3)), 0);
        assert_int_equal(mknod(full, S_IFCHR | 0666, makedev(1, 7)), 0);
        assert_int_equal(of_write_file(null, "x", 1, NULL, 0), 0);
        assert_int_equal(lstat(null, &st), 0);
        assert_true(S_ISCHR(st.st_mode));
        assert_int_equal(of_write_file(full, "x", 1, NULL, 0), -1);
        assert_int_equal(lstat(full, &st), 0);
        assert_true(S_ISCHR(st.st_mode));
        assert_int_equal(count_entries(((Dir *)*state)->path), 2);
        free(null);
        free(full);
    }
    assert_int_equal(of_write_file("/dev/null", "x", 1, NULL, 0), 0);
    assert_int_equal(lstat("/dev/null", &st), 0);
    assert_true(S_ISCHR(st.st_mode));
    /* /dev/full: a write error, reported, and nothing renamed over it */
    assert_int_equal(of_write_file("/dev/full", "x", 1, NULL, 0), -1);
    assert_int_equal(lstat("/dev/full", &st), 0);
    assert_true(S_ISCHR(st.st_mode));
}

/* /dev/fd/N is this process's open file: written through the
 * descriptor, at its offset, never renamed over. */
static void test_dev_fd(void **state)
{
    char *path = at(state, "fd.txt");
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "head:", 5), 5);
    char name[32];
    snprintf(name, sizeof name, "/dev/fd/%d", fd);
    struct stat before, after;
    assert_int_equal(stat(path, &before), 0);
    assert_int_equal(of_write_file(name, "tail\n", 5, NULL, 0), 0);
    snprintf(name, sizeof name, "/proc/self/fd/%d", fd);
    assert_int_equal(of_write_file(name, "more\n", 5, NULL, 0), 0);
    assert_int_equal(close(fd), 0);                /* still ours: not closed by of_ */
    assert_int_equal(stat(path, &after), 0);
    assert_int_equal(before.st_ino, after.st_ino);
    char *t = slurp(path);
    assert_string_equal(t, "head:tail\nmore\n");
    free(t);
    free(path);
}

static void test_refused(void **state)
{
    const char *dir = ((Dir *)*state)->path;
    char *a = at(state, "a.csv"), *b = at(state, "b.csv");
    put(a, "a\n");
    assert_int_equal(link(a, b), 0);
    assert_int_equal(of_write_file(a, "x", 1, NULL, 0), -1);
    char *t = slurp(a);
    assert_string_equal(t, "a\n");
    free(t);
    assert_int_equal(of_write_file(dir, "x", 1, NULL, 0), -1);   /* a directory */
    char *sub = at(state, "d");
    assert_int_equal(mkdir(sub, 0755), 0);
    char *lsub = at(state, "ld");
    assert_int_equal(symlink("d", lsub), 0);
    assert_int_equal(of_write_file(lsub, "x", 1, NULL, 0), -1);  /* a link to one */
    assert_int_equal(count_entries(dir), 4);
    free(sub);
    free(lsub);
    free(a);
    free(b);
}

/* One of the run's inputs, by device and inode, whatever the name. */
static void test_input_refused(void **state)
{
    char *plan = at(state, "main.rkt"), *alias = at(state, "./main.rkt"), *ln = at(state, "ln.rkt");
    put(plan, "rkt R {}\n");
    assert_int_equal(symlink("main.rkt", ln), 0);
    const char *inputs[] = {NULL, "/nonexistent/x.rkt", plan};
    assert_int_equal(of_write_file(alias, "x", 1, inputs, 3), -1);
    assert_int_equal(of_write_file(ln, "x", 1, inputs, 3), -1);
    char *t = slurp(plan);
    assert_string_equal(t, "rkt R {}\n");
    free(t);
    /* through an open descriptor too */
    int fd = open(plan, O_WRONLY | O_APPEND);
    assert_true(fd >= 0);
    char name[32];
    snprintf(name, sizeof name, "/dev/fd/%d", fd);
    assert_int_equal(of_write_file(name, "x", 1, inputs, 3), -1);
    close(fd);
    t = slurp(plan);
    assert_string_equal(t, "rkt R {}\n");
    free(t);
    /* another file is fine; a character device is nobody's input */
    char *other = at(state, "other.txt");
    assert_int_equal(of_write_file(other, "x", 1, inputs, 3), 0);
    char *dev = at(state, "null");                 /* root: the test's own */
    if (geteuid() != 0 || mknod(dev, S_IFCHR | 0666, makedev(1, 3)) != 0) {
        free(dev);
        dev = xstrdup("/dev/null");
    }
    const char *tty[] = {dev};
    assert_int_equal(of_write_file(dev, "x", 1, tty, 1), 0);
    free(dev);
    free(other);
    free(plan);
    free(alias);
    free(ln);
}

static void test_stdout_end(void **state)
{
    assert_int_equal(of_stdout_end(1), 1);
    assert_int_equal(of_stdout_end(0), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_new_and_replaced, setup, teardown),
        cmocka_unit_test_setup_teardown(test_failed_run_keeps_old, setup, teardown),
        cmocka_unit_test_setup_teardown(test_owner_kept, setup, teardown),
        cmocka_unit_test_setup_teardown(test_owner_not_kept_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_symlink_target_replaced, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fifo_written_through, setup, teardown),
        cmocka_unit_test_setup_teardown(test_char_device_written_through, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dev_fd, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_input_refused, setup, teardown),
        cmocka_unit_test(test_stdout_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
