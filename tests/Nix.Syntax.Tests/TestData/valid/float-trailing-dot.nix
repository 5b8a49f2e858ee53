# A float may end with a dot.
1.
