# `[ a or b ]` is a list of two items, `(a or)` and `b`, in Nix 2.8.
let or = 1; in a: b: [ a or b ]
