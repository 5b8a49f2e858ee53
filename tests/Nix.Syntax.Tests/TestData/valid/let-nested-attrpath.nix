# Let bindings can use attribute paths, which merge.
let a.b = 1; a.c = 2; in a
