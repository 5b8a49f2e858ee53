# `a b or c` is `a (b or) c`: the legacy `expr_simple or` form is `b` applied to the variable `or`.
# `or` can be bound by let (but not referenced after `in` directly).
let or = 1; in a: b: c: a b or c
