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

=== lsp takes no FILE: an editor starts it as it is
$ rkt lsp plan.rkt
--- exit 2
--- stderr
rkt: lsp takes no FILE ('plan.rkt'); an editor starts it as 'rkt lsp'
--- stdout

=== lsp at the end of its input without shutdown: nothing written, exit 1
# (stdin is /dev/null: the end at once; LSP's exit status without shutdown)
$ rkt lsp
--- exit 1
--- stdout
--- stderr
