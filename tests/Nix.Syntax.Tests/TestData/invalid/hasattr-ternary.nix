# There is no ternary operator.
a: b: a ? b : 1
