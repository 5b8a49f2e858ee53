# Interpolation right after the root slash.
x: /${x}
