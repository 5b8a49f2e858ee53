# A lambda cannot be an operand without parentheses.
1 + x: x
