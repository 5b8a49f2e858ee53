# List items are selections, so a pipe needs parentheses there.
a: f: [ a |> f ]
