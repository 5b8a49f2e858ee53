# `-a.b` is `-(a.b)`, and `-a.b or c` is `-(a.b or c)`.
a: c: [ (-a.b) (-a.b or c) ]
