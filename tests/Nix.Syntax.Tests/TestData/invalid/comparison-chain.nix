# Comparison operators are non-associative.
a: b: c: a < b < c
