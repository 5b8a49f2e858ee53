# An `if` used as an operand needs parentheses.
a: 1 + (if a then 2 else 3) * 4
