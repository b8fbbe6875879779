" syntax/rkt.vim - the .rkt language of SAKIP performance plans
" (LANGUAGE.md §1): comments, strings with {expr} interpolation, dated
" periods, numbers with _, reserved words, property names and their word
" values.
if exists('b:current_syntax')
  finish
endif

syn iskeyword @,48-57,_,.

syn keyword rktDeclaration impor satuan skala fungsi data renstra rkt pk aturan uji
syn keyword rktElement     tujuan program kegiatan subkegiatan sasaran indikator
syn keyword rktControl     untuk dalam jika maka lainnya dan atau bukan dari harap
syn keyword rktProperty    target polaritas konsolidasi konsolidasi_lokasi batas terburuk mendukung
syn keyword rktProperty    kondisi_awal bobot jenis sifat ukuran pelaksana keterangan definisi sumber
syn keyword rktProperty    realisasi capaian predikat ditunda instansi tahun periode mengacu atasan
syn keyword rktProperty    tingkat anggaran bila_kosong periodik tempat tanggal penandatangan pihak_kedua
syn keyword rktProperty    rencana temuan
syn keyword rktValue       maksimal minimal stabil jumlah rata terakhir maks min galat peringatan info
syn keyword rktValue       cacah indeks persen angka lewati kosong strategis nonstrategis
syn keyword rktValue       input output outcome manfaat dampak hasil proses

" 25_945, 81.5; a dated period 2025-TW2, 2025-S1, 2025-03; TW1, S2, B03
syn match rktNumber '\<\d[0-9_]*\%(\.\d[0-9_]*\)\=\>'
syn match rktPeriod '\<\d\{4}-\%(TW[1-4]\|S[12]\|0[1-9]\|1[0-2]\)\>'
syn match rktPeriod '\<\%(TW[1-4]\|S[12]\|B\%(0[1-9]\|1[0-2]\)\)\>'
syn match rktOperator '\.\.\|[<>=!]=\|[-+*/<>=:]'

syn region rktString start='"' skip='\\\\\|\\"' end='"\|$' contains=rktEscape,rktInterp
syn match  rktEscape '\\[\\"n{]' contained
syn region rktInterp matchgroup=rktInterpDelim start='{' end='}' contained
      \ contains=rktNumber,rktPeriod,rktControl,rktProperty,rktValue,rktOperator,rktElement

syn match rktComment '#.*$' contains=@Spell

hi def link rktDeclaration Structure
hi def link rktElement     Keyword
hi def link rktControl     Conditional
hi def link rktProperty    Identifier
hi def link rktValue       Constant
hi def link rktNumber      Number
hi def link rktPeriod      Special
hi def link rktOperator    Operator
hi def link rktString      String
hi def link rktEscape      SpecialChar
hi def link rktInterpDelim Delimiter
hi def link rktComment     Comment

let b:current_syntax = 'rkt'
