# An interpolation that is never closed.
x: "${x"
