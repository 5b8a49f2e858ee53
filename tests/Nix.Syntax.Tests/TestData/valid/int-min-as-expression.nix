# int64 min cannot be a literal; negation is an operator, so it must be written as an expression.
-9223372036854775807 - 1
