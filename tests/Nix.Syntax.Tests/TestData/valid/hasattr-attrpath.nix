# The right side of `?` is an attribute path, which may contain strings and interpolations.
a: x: [ (a ? b.c) (a ? "s" ? ${x}) (a ? ${x}.y."z w") (a ? or) ]
