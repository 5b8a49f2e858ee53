# In a list, `x:x` is a URI item and `(x: x)` a parenthesised lambda.
[ x:x (x: x) ]
