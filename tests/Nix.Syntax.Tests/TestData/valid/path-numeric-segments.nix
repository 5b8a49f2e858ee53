# `6/2` is a path, not a division.
6/2
