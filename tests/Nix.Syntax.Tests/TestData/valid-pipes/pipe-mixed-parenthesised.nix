# The two pipe directions mix only with parentheses.
a: b: c: [ ((a <| b) |> c) (a <| (b |> c)) ((a |> b) <| c) ]
