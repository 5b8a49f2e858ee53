# Different comparison operators do not chain either.
a: b: c: a <= b > c
