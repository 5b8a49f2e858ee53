# `x |> f` is `f x` (needs the pipe-operators experimental feature, Nix >= 2.24).
x: f: x |> f
