# `a.x or b or` is `a.x or (b or)`: the default is itself a cursed-or application.
let or = 1; in a: b: a.x or b or
