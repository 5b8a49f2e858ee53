# `<|` associates right: `f <| g <| x` is `f (g x)`.
f: g: x: f <| g <| x
