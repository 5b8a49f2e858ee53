# Interpolation in a home path.
x: ~/${x}
