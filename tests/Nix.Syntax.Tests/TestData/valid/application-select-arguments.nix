# Arguments are selections: `f a.b c` is `f (a.b) c`, and `f a.b or c` gives the default to a.b.
f: a: c: [ (f a.b c) (f a.b or c) ]
