# The default of `or` is a selection, so `x.a or f y` is `(x.a or f) y`.
x: f: y: x.a or f y
