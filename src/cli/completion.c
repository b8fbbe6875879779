/*
 * completion.c - `rkt completion bash|zsh|fish`: the shell completion
 * scripts (docs/cli.md "Completion").  Each completes the commands, the
 * options of the command being typed, the values of --format (per
 * command), --jenis, --bahasa, --color and --angka, and files: .rkt files
 * and folders as FILE, .csv files after --data.  make install puts them
 * where bash-completion, zsh and fish look.
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/msg.h"
#include "rkt.h"

static const char bash_script[] =
    "# bash completion for rkt (rkt completion bash)\n"
    "_rkt() {\n"
    "    local cur prev cmd i\n"
    "    cur=${COMP_WORDS[COMP_CWORD]}\n"
    "    prev=${COMP_WORDS[COMP_CWORD-1]}\n"
    "    cmd=\n"
    "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
    "        case ${COMP_WORDS[i]} in -*) ;; *) cmd=${COMP_WORDS[i]}; break ;; esac\n"
    "    done\n"
    "    if [[ -z $cmd ]]; then\n"
    "        COMPREPLY=($(compgen -W 'check eval report test fmt explain lsp completion help --version --help' -- \"$cur\"))\n"
    "        return\n"
    "    fi\n"
    "    case $prev in\n"
    "        --format)\n"
    "            case $cmd in\n"
    "                check) COMPREPLY=($(compgen -W 'human json github sarif' -- \"$cur\")) ;;\n"
    "                eval) COMPREPLY=($(compgen -W 'table csv json md' -- \"$cur\")) ;;\n"
    "                report) COMPREPLY=($(compgen -W 'md html xlsx' -- \"$cur\")) ;;\n"
    "                test) COMPREPLY=($(compgen -W 'text json junit' -- \"$cur\")) ;;\n"
    "            esac\n"
    "            return ;;\n"
    "        --jenis) COMPREPLY=($(compgen -W 'rkt pk renstra iku pengukuran lkj' -- \"$cur\")); return ;;\n"
    "        --bahasa) COMPREPLY=($(compgen -W 'id en' -- \"$cur\")); return ;;\n"
    "        --color) COMPREPLY=($(compgen -W 'auto always never' -- \"$cur\")); return ;;\n"
    "        --angka|--angka-laporan) COMPREPLY=($(compgen -W 'id en' -- \"$cur\")); return ;;\n"
    "        --data) COMPREPLY=($(compgen -f -X '!*.csv' -- \"$cur\") $(compgen -d -- \"$cur\")); return ;;\n"
    "        -o|--akar|-I) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
    "        --periode|--rencana|--run) return ;;\n"
    "    esac\n"
    "    local common='-I --akar --bahasa --werror --color --help'\n"
    "    local opts\n"
    "    case $cmd in\n"
    "        check) opts='--format -o' ;;\n"
    "        eval) opts='--data --periode --rencana --semua --format --angka -o' ;;\n"
    "        report) opts='--jenis --format -o --data --periode --rencana --angka --angka-laporan' ;;\n"
    "        test) opts='--run --format -o' ;;\n"
    "        fmt) opts='-w --check' ;;\n"
    "        explain) opts='--data --periode --rencana --angka' ;;\n"
    "        completion) COMPREPLY=($(compgen -W 'bash zsh fish' -- \"$cur\")); return ;;\n"
    "        help) COMPREPLY=($(compgen -W 'check eval report test fmt explain lsp completion' -- \"$cur\")); return ;;\n"
    "        lsp) opts= ; common='--bahasa --help' ;;\n"
    "    esac\n"
    "    if [[ $cur == -* ]]; then\n"
    "        COMPREPLY=($(compgen -W \"$opts $common\" -- \"$cur\"))\n"
    "    else\n"
    "        COMPREPLY=($(compgen -f -X '!*.rkt' -- \"$cur\") $(compgen -d -- \"$cur\"))\n"
    "    fi\n"
    "}\n"
    "complete -o filenames -F _rkt rkt\n";

static const char zsh_script[] =
    "#compdef rkt\n"
    "# zsh completion for rkt (rkt completion zsh)\n"
    "_rkt() {\n"
    "    local -a common files\n"
    "    common=('-I[add a directory to the rules search path]:dir:_files -/'\n"
    "            '--akar[imports may not leave DIR]:dir:_files -/'\n"
    "            '--bahasa[language of messages]:bahasa:(id en)'\n"
    "            '--werror[warnings make the exit status 1]'\n"
    "            '--color[colour]:when:(auto always never)'\n"
    "            '--help[this command'\\''s help]')\n"
    "    files=('*:file:_files -g \"*.rkt(-.)\"')\n"
    "    if (( CURRENT == 2 )); then\n"
    "        _values command check eval report test fmt explain lsp completion help\n"
    "        return\n"
    "    fi\n"
    "    local cmd=${words[2]}\n"
    "    case $cmd in\n"
    "        check) _arguments $common '--format[diagnostics format]:format:(human json github sarif)' '-o[output file]:file:_files' $files ;;\n"
    "        eval) _arguments $common '*--data[realisation data]:csv:_files -g \"*.csv(-.)\"' '--periode[period]:periode:' \\\n"
    "                  '--rencana[plan code]:code:' '--semua[every plan]' '--format[results format]:format:(table csv json md)' \\\n"
    "                  '--angka[data numbers]:angka:(id en)' '-o[output file]:file:_files' $files ;;\n"
    "        report) _arguments $common '--jenis[document kind]:jenis:(rkt pk renstra iku pengukuran lkj)' \\\n"
    "                  '--format[document format]:format:(md html xlsx)' '-o[output file]:file:_files' \\\n"
    "                  '*--data[realisation data]:csv:_files -g \"*.csv(-.)\"' '--periode[period]:periode:' \\\n"
    "                  '--rencana[plan code]:code:' '--angka[data numbers]:angka:(id en)' \\\n"
    "                  '--angka-laporan[document numbers]:angka:(id en)' $files ;;\n"
    "        test) _arguments $common '--run[tests whose name contains]:pattern:' '--format[report format]:format:(text json junit)' \\\n"
    "                  '-o[output file]:file:_files' $files ;;\n"
    "        fmt) _arguments $common '-w[rewrite in place]' '--check[list files that would change]' $files ;;\n"
    "        explain) _arguments $common '*--data[realisation data]:csv:_files -g \"*.csv(-.)\"' '--periode[period]:periode:' \\\n"
    "                  '--rencana[plan code]:code:' '--angka[data numbers]:angka:(id en)' $files ;;\n"
    "        completion) _values shell bash zsh fish ;;\n"
    "        help) _values command check eval report test fmt explain lsp completion ;;\n"
    "    esac\n"
    "}\n"
    "_rkt \"$@\"\n";

static const char fish_script[] =
    "# fish completion for rkt (rkt completion fish)\n"
    "set -l cmds check eval report test fmt explain lsp completion help\n"
    "complete -c rkt -f\n"
    "complete -c rkt -n \"not __fish_seen_subcommand_from $cmds\" -a \"$cmds\"\n"
    "complete -c rkt -n \"__fish_seen_subcommand_from check eval report test fmt explain\" -F\n"
    "complete -c rkt -s I -r -a '(__fish_complete_directories)' -d 'rules search path'\n"
    "complete -c rkt -l akar -r -a '(__fish_complete_directories)' -d 'imports may not leave DIR'\n"
    "complete -c rkt -l bahasa -x -a 'id en' -d 'language of messages'\n"
    "complete -c rkt -l werror -d 'warnings make the exit status 1'\n"
    "complete -c rkt -l color -x -a 'auto always never'\n"
    "complete -c rkt -l help -d 'help of the command'\n"
    "complete -c rkt -n '__fish_seen_subcommand_from check' -l format -x -a 'human json github sarif'\n"
    "complete -c rkt -n '__fish_seen_subcommand_from eval' -l format -x -a 'table csv json md'\n"
    "complete -c rkt -n '__fish_seen_subcommand_from report' -l format -x -a 'md html xlsx'\n"
    "complete -c rkt -n '__fish_seen_subcommand_from test' -l format -x -a 'text json junit'\n"
    "complete -c rkt -n '__fish_seen_subcommand_from report' -l jenis -x -a 'rkt pk renstra iku pengukuran lkj'\n"
    "complete -c rkt -n '__fish_seen_subcommand_from eval report explain' -l data -r -a '(__fish_complete_suffix .csv)'\n"
    "complete -c rkt -n '__fish_seen_subcommand_from eval report explain' -l periode -x\n"
    "complete -c rkt -n '__fish_seen_subcommand_from eval report explain' -l rencana -x\n"
    "complete -c rkt -n '__fish_seen_subcommand_from eval report explain' -l angka -x -a 'id en'\n"
    "complete -c rkt -n '__fish_seen_subcommand_from report' -l angka-laporan -x -a 'id en'\n"
    "complete -c rkt -n '__fish_seen_subcommand_from eval' -l semua -d 'every plan'\n"
    "complete -c rkt -n '__fish_seen_subcommand_from test' -l run -x\n"
    "complete -c rkt -n '__fish_seen_subcommand_from check eval report test' -s o -r -F\n"
    "complete -c rkt -n '__fish_seen_subcommand_from fmt' -s w -d 'rewrite in place'\n"
    "complete -c rkt -n '__fish_seen_subcommand_from fmt' -l check -d 'list files that would change'\n"
    "complete -c rkt -n '__fish_seen_subcommand_from completion' -x -a 'bash zsh fish'\n"
    "complete -c rkt -n '__fish_seen_subcommand_from help' -x -a 'check eval report test fmt explain lsp completion'\n";

int cmd_completion(const RktOpts *o)
{
    const char *sh = o->nfiles == 1 ? o->files[0] : "";
    if (strcmp(sh, "bash") == 0) fputs(bash_script, stdout);
    else if (strcmp(sh, "zsh") == 0) fputs(zsh_script, stdout);
    else if (strcmp(sh, "fish") == 0) fputs(fish_script, stdout);
    else {
        rkt_textf(stderr, cli_tr("rkt: completion takes bash, zsh or fish, not '%s'; try 'rkt help completion'\n"), sh);
        return EXIT_USAGE;
    }
    return EXIT_OK;
}
