# `->` is the loosest binary operator and right associative.
a: b: c: [ (a -> b -> c) (a -> b || c) (a || b -> c) ]
