# Application arguments are selections; `let` is not one.
f let a = 1; in a
