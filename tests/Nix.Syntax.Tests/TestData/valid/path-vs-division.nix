# `a /b` applies a to the path /b; `a/ 3` and `a / b` are divisions.
a: b: [ (a /b) (a/ 3) (a / b) (6 / 2) ]
