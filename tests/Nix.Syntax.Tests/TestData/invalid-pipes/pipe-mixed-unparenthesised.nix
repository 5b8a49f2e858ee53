# `<|` and `|>` cannot be mixed without parentheses.
a: b: c: a <| b |> c
