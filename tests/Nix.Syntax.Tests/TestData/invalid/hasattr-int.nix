# The right side of `?` is an attribute path, not an integer.
a: a ? 1
