# `1 .a` selects attribute a from the integer 1 (a runtime error, but it parses).
let f = _: 1 .a; in f
