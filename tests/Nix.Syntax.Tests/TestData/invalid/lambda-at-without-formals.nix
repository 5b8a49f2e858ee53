# `@` must be next to a formal set.
x@y: x
