" ftdetect/rkt.vim - .rkt files of SAKIP plans.  `.rkt` is also Racket's
" extension (Vim's own filetype.vim makes it racket): a file whose first
" line starts with `#lang` stays Racket's, any other is rkt.  `set
" filetype` (not `setfiletype`) so that it wins over the racket set before.
autocmd BufRead,BufNewFile *.rkt if getline(1) !~# '^#lang' | set filetype=rkt | endif
