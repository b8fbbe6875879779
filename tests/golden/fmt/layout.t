# Golden cases of `rkt fmt` (docs/cli.md "fmt"): one per layout rule,
# then a file of shuffled spacing and comments, --check, -w and a file
# with a syntax error.  The format is described in tests/golden/run.sh.

=== two-space indentation, whatever the input indents with
$ rkt fmt a.rkt
--- a.rkt
rkt R "r" {
	tahun 2025
	    sasaran S1 "s" {
		      indikator I1 "i" {
       satuan persen
   target 80
         polaritas maksimal
	konsolidasi rata
  }
}
  }
--- stdout
rkt R "r" {
  tahun 2025
  sasaran S1 "s" {
    indikator I1 "i" {
      satuan      persen
      target      80
      polaritas   maksimal
      konsolidasi rata
    }
  }
}

=== one item per line
$ rkt fmt a.rkt
--- a.rkt
satuan a : cacah satuan b : cacah
rkt R "r" { tahun 2025 instansi "x" mengacu Q predikat P sasaran S1 "s" { indikator I1 "i" { satuan a target 1 polaritas maksimal konsolidasi jumlah } } }
--- stdout
satuan a : cacah
satuan b : cacah

rkt R "r" {
  tahun    2025
  instansi "x"
  mengacu  Q
  predikat P
  sasaran S1 "s" {
    indikator I1 "i" {
      satuan      a
      target      1
      polaritas   maksimal
      konsolidasi jumlah
    }
  }
}

=== a block of at most three properties that fits in 100 columns stays on its line
# I1: three properties, 50 columns: one line.  I2: four properties.  I3:
# three, but 107 columns at its indentation.  I4: a comment inside.  An
# empty block is {}.
$ rkt fmt a.rkt
--- a.rkt
rkt R "r" {
  tahun 2025
  sasaran S1 "s" {
    indikator I1 "i" {
      satuan a
      target 1
      bobot 2
    }
    indikator I2 "i" { satuan a target 1 bobot 2 batas 120 }
    indikator I3 "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii" { satuan abc target 1 bobot 2 }
    indikator I4 "i" { satuan a   # why
    }
    indikator I5 "i" {
    }
  }
}
--- stdout
rkt R "r" {
  tahun 2025
  sasaran S1 "s" {
    indikator I1 "i" { satuan a  target 1  bobot 2 }
    indikator I2 "i" {
      satuan a
      target 1
      bobot  2
      batas  120
    }
    indikator I3 "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii" {
      satuan abc
      target 1
      bobot  2
    }
    indikator I4 "i" {
      satuan a  # why
    }
    indikator I5 "i" {}
  }
}

=== aligned values in a run of properties; a blank line or a comment ends the run
$ rkt fmt a.rkt
--- a.rkt
rkt R "r" {
  instansi "Balai"
  tahun 2025
  mengacu RENSTRA

  predikat PREDIKAT_AKIP
  tujuan T1 "t"
  # a comment
  keterangan "k"
  sasaran S1 "s" {
    tujuan T1
    indikator I1 "i" {
      satuan persen
      konsolidasi rata
      realisasi = a / b * 100
      target { TW1: 10, TW2: 20, TW3: 30, TW4: 40 }
      polaritas minimal
    }
  }
}
satuan a : cacah
satuan persen : persen
satuan indeks : indeks 0..100
skala S { AA "Sangat baik" : > 90 B "Baik" : >= 60 C : >= 0 }
--- stdout
rkt R "r" {
  instansi "Balai"
  tahun    2025
  mengacu  RENSTRA

  predikat PREDIKAT_AKIP
  tujuan   T1 "t"
  # a comment
  keterangan "k"
  sasaran S1 "s" {
    tujuan T1
    indikator I1 "i" {
      satuan      persen
      konsolidasi rata
      realisasi   = a / b * 100
      target { TW1: 10, TW2: 20, TW3: 30, TW4: 40 }
      polaritas minimal
    }
  }
}

satuan a      : cacah
satuan persen : persen
satuan indeks : indeks 0..100

skala S {
  AA "Sangat baik" : > 90
  B  "Baik"        : >= 60
  C                : >= 0
}

=== a blank line between top-level declarations; a run of one-line declarations of one kind stays together
$ rkt fmt a.rkt
--- a.rkt
impor "sakip"
impor "ikm"
satuan a : cacah
satuan b : cacah
fungsi f(x) = x
fungsi g(x) = x * 2
data d1 "D" satuan a
data d2 "D" satuan a
skala S { A "a" : > 1 }
rkt R "r" { tahun 2025 }
aturan "x" { jika f(1) > 2 maka info "m" }
uji "u" { rencana R }
--- stdout
impor "sakip"
impor "ikm"

satuan a : cacah
satuan b : cacah

fungsi f(x) = x
fungsi g(x) = x * 2

data d1 "D" satuan a
data d2 "D" satuan a

skala S {
  A "a" : > 1
}

rkt R "r" { tahun 2025 }

aturan "x" {
  jika f(1) > 2
  maka info "m"
}

uji "u" {
  rencana R
}

=== no trailing whitespace, comments included
$ rkt fmt a.rkt | grep -c " $"
--- a.rkt
satuan a : cacah   # trailing blanks after this comment   
   
# own line, trailing tab	
satuan b : cacah
--- exit 1
--- stdout
0

=== _ groups by threes every number of four or more integer digits, years aside
# 6000 -> 6_000; 25945 -> 25_945; 2_5945 -> 25_945; 1234567.5_0 -> 1_234_567.50;
# 999 stays; tahun, periode, map years, data rows' years and a call's year stay.
$ rkt fmt a.rkt
--- a.rkt
satuan a : indeks 0..10000
renstra RS "r" { periode 2025..2029
  sasaran S1 "s" { indikator I1 "i" { target { 2025: 6000, 2026: 25945 } } } }
rkt R "r" { tahun 2025
  sasaran S2 "s" { indikator I2 "i" { target 2_5945 batas 999 terburuk 1234567.5_0 } } }
uji "u" { rencana R periode 2025 data { I2 2025 12000 I2 2025-TW1 -4000 }
  harap realisasi(I2, 2024) == 12000 }
--- stdout
satuan a : indeks 0..10_000

renstra RS "r" {
  periode 2025..2029
  sasaran S1 "s" {
    indikator I1 "i" { target { 2025: 6_000, 2026: 25_945 } }
  }
}

rkt R "r" {
  tahun 2025
  sasaran S2 "s" {
    indikator I2 "i" { target 25_945  batas 999  terburuk 1_234_567.50 }
  }
}

uji "u" {
  rencana R
  periode 2025
  data {
    I2 2025     12_000
    I2 2025-TW1 -4_000
  }
  harap realisasi(I2, 2024) == 12_000
}

=== comments stay where they were: trailing on their line, own-line before their item, at the end of a block
$ rkt fmt a.rkt
--- a.rkt
# the file's header

rkt R "r" {   # the plan
  tahun 2025 # its year
  # before S1
  sasaran S1 "s" {
    indikator I1 "i" { target 1 }   # after I1
    # the end of S1
  }
  sasaran S2 "s" { indikator I2 # inside a head
     "i" { target 2 } }
}  # closing
# the end of the file
--- stdout
# the file's header

rkt R "r" {  # the plan
  tahun 2025  # its year
  # before S1
  sasaran S1 "s" {
    indikator I1 "i" { target 1 }  # after I1
    # the end of S1
  }
  sasaran S2 "s" {
    # inside a head
    indikator I2 "i" { target 2 }
  }
}  # closing
# the end of the file

=== blank lines stay where the author left them, runs of them as one
$ rkt fmt a.rkt
--- a.rkt


satuan a : cacah



satuan b : cacah
rkt R "r" {

  tahun 2025


  sasaran S1 "s" {
    indikator I1 "i" { target 1 }

  }
}


--- stdout
satuan a : cacah

satuan b : cacah

rkt R "r" {
  tahun 2025

  sasaran S1 "s" {
    indikator I1 "i" { target 1 }
  }
}

=== strings as written, escapes kept; a message's {expr} formatted
$ rkt fmt a.rkt
--- a.rkt
rkt R "Tab\there, \"quoted\", back\\slash, \{brace\}" { tahun 2025 }
aturan "a" { untuk indikator i jika capaian(i)<80 maka peringatan "{ kode( i ) } at {capaian(i)*1}% \{x\}" }
--- stdout
rkt R "Tab\there, \"quoted\", back\\slash, \{brace\}" { tahun 2025 }

aturan "a" {
  untuk indikator i
  jika capaian(i) < 80
  maka peringatan "{kode(i)} at {capaian(i) * 1}% \{x\}"
}

=== expressions keep their tree with the fewest parentheses
$ rkt fmt a.rkt
--- a.rkt
fungsi f1(a, b, c) = ((a + b)) * c - (a - (b - c)) + ((a * b) / c)
fungsi f2(a, b, c) = -(a + b) + -a * b - (-(-a))
fungsi f3(a, b, c) = bukan (a dan b) atau (bukan a) == b dan bukan a < b
fungsi f4(a, b, c) = (jika a > b maka a lainnya b) + (jika a maka b lainnya c atau a)
fungsi f5(a, b, c) = (a < b) == (b < c) atau ((a atau b) dan c)
--- stdout
fungsi f1(a, b, c) = (a + b) * c - (a - (b - c)) + a * b / c
fungsi f2(a, b, c) = -(a + b) + -a * b - -(-a)
fungsi f3(a, b, c) = bukan (a dan b) atau (bukan a) == b dan bukan a < b
fungsi f4(a, b, c) = (jika a > b maka a lainnya b) + (jika a maka b lainnya c atau a)
fungsi f5(a, b, c) = (a < b) == (b < c) atau (a atau b) dan c

