# Nor in the other order.
a: b: c: a |> b <| c
