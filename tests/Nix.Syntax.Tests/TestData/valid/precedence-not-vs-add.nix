# `!` is looser than `+`: `!a + b` is `!(a + b)`.
a: b: !a + b
