# Interpolation in a path without a leading `./`.
x: foo/${x}
