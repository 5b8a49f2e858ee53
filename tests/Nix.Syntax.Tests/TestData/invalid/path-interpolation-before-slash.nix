# Interpolation cannot appear before the first `/` of a path.
x: foo${x}/bar
