# Pipes inside lambda bodies, if branches and bindings.
f: c: { a = x: x |> f; b = if c then 1 |> f else f <| 2; d = let y = 3; in y |> f; }
