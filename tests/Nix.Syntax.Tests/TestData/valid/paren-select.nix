# Selecting from parenthesised expressions.
f: x: [ (f x).y ((f x).y or null) ({ a = 1; }.a) ((x: x) { b = 2; }).b ]
