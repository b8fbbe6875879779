# Golden tests of the command line itself (CLI.md).  The format is
# described at the top of tests/golden/run.sh.

=== --version prints the version
$ rkt --version
--- exit 0
--- stdout
rkt 0.1.0
--- stderr

=== an unknown subcommand is a usage error
$ rkt frobnicate
--- exit 2
--- stderr
rkt: unknown command 'frobnicate'; try 'rkt help'
--- stdout
