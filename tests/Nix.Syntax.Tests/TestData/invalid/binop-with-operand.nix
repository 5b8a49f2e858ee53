# `with` cannot be an operand without parentheses.
1 + with { }; 2
