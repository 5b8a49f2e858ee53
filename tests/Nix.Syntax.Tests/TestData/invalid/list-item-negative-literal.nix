# List items are selections; a unary minus is not allowed without parentheses.
[ -1 ]
