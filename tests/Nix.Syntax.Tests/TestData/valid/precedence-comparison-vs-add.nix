# Arithmetic binds tighter than comparison.
a: b: c: a + b < c * 2
