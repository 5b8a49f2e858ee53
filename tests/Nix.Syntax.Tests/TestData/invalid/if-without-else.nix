# `if` always needs an `else`.
a: b: if a then b
