# `or` after a selection needs a default.
a: a.b or
