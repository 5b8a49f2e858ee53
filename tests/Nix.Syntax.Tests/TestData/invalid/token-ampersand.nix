# `&` is not a token.
a: b: a&b
