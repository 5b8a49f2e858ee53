# The cursed-or form cannot be followed by another `or`.
a: a or or
