# Unary operators on parenthesised expressions.
a: b: [ (!(a && b)) (-(a + b)) (!(-a < 0)) ]
