# Non-associative operators chain only with parentheses.
a: b: c: [ ((a < b) < c) (a < (b < c)) ((a == b) == c) (a == (b != c)) ]
