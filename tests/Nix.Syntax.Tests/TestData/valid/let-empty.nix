# `let in e` is allowed.
let in 1
