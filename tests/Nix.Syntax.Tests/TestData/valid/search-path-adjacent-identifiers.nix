# `a<b>c` is the application `a <b> c`.
a: c: a<b>c
