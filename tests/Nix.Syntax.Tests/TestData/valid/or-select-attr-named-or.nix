# `a.or` selects the attribute named or; `a.or or b` adds a default.
a: b: [ a.or (a.or or b) (a.b.or.c or a.or) ]
