# `if` cannot be the right operand of a binary operator without parentheses.
a: b: c: 1 + if a then b else c
