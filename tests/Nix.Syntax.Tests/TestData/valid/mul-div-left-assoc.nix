# `*` and `/` share a level and associate left.
a: b: c: [ (a * b / c) (a / b * c) (a/ b/ c) ]
