# `a ? b ? c` chains to the left: `(a ? b) ? c`.
a: a ? b ? c
