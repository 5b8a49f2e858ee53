# Keywords cannot be bound.
let if = 1; in 1
