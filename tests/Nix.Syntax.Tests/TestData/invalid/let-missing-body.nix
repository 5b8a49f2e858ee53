# `in` needs a body.
let a = 1; in
