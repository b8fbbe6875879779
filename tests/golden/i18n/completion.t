# Shell completion (docs/cli.md "Completion"): `rkt completion bash|zsh|fish`
# prints the script; the bash script, sourced in bash with COMP_WORDS and
# COMP_CWORD set as bash sets them, completes commands, options, the
# values of --format (per command), --jenis, --bahasa, and files.

=== bash: --jenis completes the document kinds
$ bash -c 'source <(rkt completion bash); COMP_WORDS=(rkt report x.rkt --jenis ""); COMP_CWORD=4; _rkt; printf "%s\n" "${COMPREPLY[@]}"'
--- stdout
rkt
pk
renstra
iku
pengukuran
lkj

=== bash: --jenis p completes pk and pengukuran
$ bash -c 'source <(rkt completion bash); COMP_WORDS=(rkt report --jenis p); COMP_CWORD=3; _rkt; printf "%s\n" "${COMPREPLY[@]}"'
--- stdout
pk
pengukuran

=== bash: the commands
$ bash -c 'source <(rkt completion bash); COMP_WORDS=(rkt ""); COMP_CWORD=1; _rkt; printf "%s\n" "${COMPREPLY[@]}"'
--- stdout
check
eval
report
test
fmt
explain
lsp
completion
help
--version
--help

=== bash: --format of eval, and of check
$ bash -c 'source <(rkt completion bash); COMP_WORDS=(rkt eval --format ""); COMP_CWORD=3; _rkt; echo "${COMPREPLY[*]}"; COMP_WORDS=(rkt check --format ""); _rkt; echo "${COMPREPLY[*]}"'
--- stdout
table csv json md
human json github sarif

=== bash: the options of eval
$ bash -c 'source <(rkt completion bash); COMP_WORDS=(rkt eval --); COMP_CWORD=2; _rkt; printf "%s\n" "${COMPREPLY[@]}"'
--- stdout
--data
--periode
--rencana
--semua
--format
--angka
--akar
--bahasa
--werror
--color
--help

=== bash: --bahasa completes id and en
$ bash -c 'source <(rkt completion bash); COMP_WORDS=(rkt check --bahasa ""); COMP_CWORD=3; _rkt; echo "${COMPREPLY[*]}"'
--- stdout
id en

=== bash: files are .rkt files and folders; after --data, .csv files
$ bash -c 'source <(rkt completion bash); COMP_WORDS=(rkt check ""); COMP_CWORD=2; _rkt; printf "%s\n" "${COMPREPLY[@]}" | sort; echo --; COMP_WORDS=(rkt eval plan.rkt --data ""); COMP_CWORD=4; _rkt; printf "%s\n" "${COMPREPLY[@]}" | sort'
--- plan.rkt
--- data.csv
--- notes.txt
--- sub/x.rkt
--- stdout
plan.rkt
sub
--
data.csv
sub

=== the three scripts: bash and zsh define _rkt, fish calls complete; bash parses it (bash -n)
$ rkt completion bash > c.bash && bash -n c.bash && grep -c '^complete -o filenames -F _rkt rkt$' c.bash
$ rkt completion zsh | head -1
$ rkt completion fish | grep -c "^complete -c rkt"
--- stdout
1
#compdef rkt
26

=== completion of another shell is a usage error
$ rkt completion tcsh
--- exit 2
--- stderr
rkt: completion takes bash, zsh or fish, not 'tcsh'; try 'rkt help completion'
