# `a:b:c` is a single URI.
a:b:c
