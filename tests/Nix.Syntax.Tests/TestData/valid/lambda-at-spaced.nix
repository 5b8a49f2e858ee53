# Whitespace around `@` is allowed.
[ (x @ { ... }: x) ({ ... } @ y: y) (z@{}: z) ({}@w: w) ]
