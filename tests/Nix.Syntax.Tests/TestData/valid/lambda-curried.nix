# Curried lambdas extend to the right.
a: b: c: a + b + c
