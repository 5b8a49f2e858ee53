# The let body can be a lambda, and a lambda body a let.
let a = 1; in x: let b = x; in a + b
