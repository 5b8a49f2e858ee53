# `==` and `!=` share one non-associative level.
a: b: c: a == b != c
