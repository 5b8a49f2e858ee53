# A lambda cannot be a list item without parentheses.
[ x: x ]
