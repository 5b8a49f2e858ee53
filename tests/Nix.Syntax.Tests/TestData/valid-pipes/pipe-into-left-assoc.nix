# `|>` associates left: `x |> f |> g` is `g (f x)`.
x: f: g: x |> f |> g
