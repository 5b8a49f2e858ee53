# Comparison binds tighter than equality: `a < b == c` is `(a < b) == c`.
a: b: c: a < b == c
