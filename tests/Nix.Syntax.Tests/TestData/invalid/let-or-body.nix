# `or` can be bound but not referenced as a variable.
let or = 1; in or
