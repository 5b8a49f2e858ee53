# `-a ? b` is `(-a) ? b`: negation binds tighter than `?`.
a: -a ? b
