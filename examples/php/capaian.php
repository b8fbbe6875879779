<?php
/*
 * capaian.php - evaluates a plan through librkt, by PHP's FFI alone, and
 * prints the plan's capaian, each sasaran's and each indicator's.
 *
 *   php -d ffi.enable=1 examples/php/capaian.php [-I DIR] FILE... --data CSV [--rencana CODE] [--periode P]
 *
 * FILE: .rkt files or folders, as for rkt eval.  The library is
 * librkt.so.0 from the system's library path, or the file RKT_LIB names
 * (RKT_LIB=build/librkt.so.0 for a build that is not installed).  The
 * rules search path: -I DIR, then RKT_PATH, then the installed rules.
 *
 * Output, one line each (figures rounded as a reader sees them, by
 * rkt_round2; "-" when there is no value):
 *
 *   rencana RKT_BKHIT_2025 tahun 2025 periode 2025 capaian 105.80 predikat AA
 *   sasaran SP1 capaian 100.55
 *   indikator IKSP1 target 3.00 realisasi 4.00 capaian 133.33
 *   temuan peringatan: ...
 *
 * Diagnostics go to stderr, control characters escaped.  Exit status as
 * rkt's: 0 done, 1 errors in the input, 2 usage error.
 */

declare(strict_types=1);

function usage(): never
{
    fwrite(STDERR, "usage: php -d ffi.enable=1 capaian.php [-I DIR] FILE... --data CSV [--rencana CODE] [--periode P]\n");
    exit(2);
}

/* A char * of a struct (a CData) or a function's string, as PHP's. */
function str($c): ?string
{
    if ($c === null || is_string($c)) {
        return $c;
    }
    return FFI::isNull($c) ? null : FFI::string($c);
}

/* Text taken from input is handed out as it is: escape it for a terminal. */
function esc($c): string
{
    $s = str($c);
    if ($s === null) {
        return '-';
    }
    return preg_replace_callback('/[\x00-\x1f\x7f]/', fn ($m) => sprintf('\\x%02x', ord($m[0])), $s);
}

$files = [];
$data = [];
$incdirs = [];
$rencana = null;
$periode = null;
for ($i = 1; $i < $argc; $i++) {
    $a = $argv[$i];
    if ($a === '--data' || $a === '--rencana' || $a === '--periode' || $a === '-I') {
        if (++$i >= $argc) {
            usage();
        }
        match ($a) {
            '--data' => $data[] = $argv[$i],
            '--rencana' => $rencana = $argv[$i],
            '--periode' => $periode = $argv[$i],
            '-I' => $incdirs[] = $argv[$i],
        };
    } elseif ($a !== '' && $a[0] === '-') {
        usage();
    } else {
        $files[] = $a;
    }
}
if (!$files) {
    usage();
}

$lib = getenv('RKT_LIB') ?: 'librkt.so.0';
$rkt = FFI::cdef(file_get_contents(__DIR__ . '/rkt-ffi.h'), $lib);

/* A C string for a field of a struct: PHP owns it, and $keep keeps it
 * alive as long as the session may read it. */
$keep = [];
$cstr = function (string $s) use (&$keep): FFI\CData {
    $c = FFI::new('char[' . (strlen($s) + 1) . ']');
    FFI::memcpy($c, $s . "\0", strlen($s) + 1);
    $keep[] = $c;
    return FFI::cast('const char *', $c);
};

/* The options: the search path as a C array of C strings, the
 * diagnostics through a PHP callback. */
$opt = $rkt->new('rkt_options');
if ($incdirs) {
    $arr = $rkt->new('const char *[' . count($incdirs) . ']');
    foreach ($incdirs as $k => $dir) {
        $arr[$k] = $cstr($dir);
    }
    $opt->search_path = FFI::cast('const char *const *', FFI::addr($arr[0]));
    $opt->nsearch_path = count($incdirs);
}
$severity = [$rkt->RKT_SEV_ERROR => 'error', $rkt->RKT_SEV_WARNING => 'warning', $rkt->RKT_SEV_NOTE => 'note'];
$opt->on_diagnostic = function ($d, $userdata) use ($severity): void {
    fprintf(STDERR, "%s:%d:%d: %s[%s]: %s\n", esc($d->file), $d->line, $d->column,
            $severity[$d->severity] ?? '?', esc($d->code), esc($d->message));
};

$s = $rkt->rkt_open(FFI::addr($opt));
foreach ($files as $f) {
    $rkt->rkt_add_file($s, $f);
}
foreach ($data as $f) {
    $rkt->rkt_add_data_file($s, $f);
}

/* A figure as a reader sees it. */
$fig = fn ($v): string => $v->ada ? sprintf('%.2f', $rkt->rkt_round2($v->v)) : '-';

$eo = $rkt->new('rkt_eval_options');
if ($rencana !== null) {
    $eo->plan = $cstr($rencana);
}
if ($periode !== null) {
    $eo->periode = $cstr($periode);
}

/* Each plan's result, walked inside the callback: it lives until the
 * callback returns. */
$rc = $rkt->rkt_eval($s, FFI::addr($eo), function ($r, $userdata) use ($rkt, $fig): int {
    $p = $rkt->rkt_result_plan($r);
    printf("rencana %s tahun %d periode %s capaian %s predikat %s\n", esc($p->code), $p->year,
           esc($p->periode), $fig($p->capaian), esc($p->predikat));
    for ($i = 0; $i < $p->nelements; $i++) {
        $e = $p->elements[$i];
        printf("%s %s capaian %s\n", esc($e->kind), esc($e->code), $fig($e->capaian));
        for ($j = 0; $j < $e->nindicators; $j++) {
            $in = $e->indicators[$j];
            printf("indikator %s target %s realisasi %s capaian %s\n", esc($in->code), $fig($in->target),
                   $fig($in->realisasi), $fig($in->capaian));
        }
    }
    for ($i = 0; $i < $p->nfindings; $i++) {
        $t = $p->findings[$i];
        printf("temuan %s: %s\n", esc($t->severity), esc($t->message));
    }
    return 0;
}, null);

if ($rc === $rkt->RKT_EUSAGE) {
    fprintf(STDERR, "capaian.php: %s\n", esc($rkt->rkt_errmsg($s) ?? 'usage error'));
}
$rkt->rkt_close($s);
exit($rc);
