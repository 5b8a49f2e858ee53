# `f <| x` is `f x`.
f: x: f <| x
