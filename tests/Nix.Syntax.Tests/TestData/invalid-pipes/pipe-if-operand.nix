# An `if` is not a pipe operand without parentheses.
a: c: f: g: a |> if c then f else g
