# A float may start with a dot.
.5
