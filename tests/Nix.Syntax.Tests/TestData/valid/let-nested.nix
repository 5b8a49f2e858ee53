# Let bodies may be further lets.
let a = 1; in let b = a; in let in b
