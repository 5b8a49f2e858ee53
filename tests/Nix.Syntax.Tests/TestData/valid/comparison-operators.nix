# The four comparison operators.
a: b: [ (a < b) (a <= b) (a > b) (a >= b) ]
