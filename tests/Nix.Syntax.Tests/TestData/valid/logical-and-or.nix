# `&&` binds tighter than `||`; both associate left.
a: b: c: [ (a || b && c) (a && b || c) (a && b && c) (a || b || c) ]
