# Parentheses need an expression.
( )
