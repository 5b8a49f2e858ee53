# A lambda is not a pipe operand without parentheses.
x: x |> y: y
