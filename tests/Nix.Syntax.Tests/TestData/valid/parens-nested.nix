# Redundant parentheses around every kind of expression.
((((1))) + (((x: x)) (2)))
