# Pipe operands are operator expressions: `1 + a |> f` is `f (1 + a)`, and `==` binds tighter than `|>`.
a: f: g: [ (1 + a |> f) (a |> f == g) (a.b or 1 |> f) (!a |> f) ]
