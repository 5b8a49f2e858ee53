# `a//b` is the update operator, not a path.
a: b: [ (a//b) (a //b) (a// b) ]
