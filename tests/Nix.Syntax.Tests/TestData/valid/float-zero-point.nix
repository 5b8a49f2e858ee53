# The integer part of a float may be a single 0.
0.5
