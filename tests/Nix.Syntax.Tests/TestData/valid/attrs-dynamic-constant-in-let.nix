# `${"a"}` is folded to the static name a, so it is allowed even in let.
let ${"a"} = 1; in a
