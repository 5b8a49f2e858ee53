# `++` binds tighter than `*`: `a ++ b * c` is `(a ++ b) * c`.
a: b: c: a ++ b * c
