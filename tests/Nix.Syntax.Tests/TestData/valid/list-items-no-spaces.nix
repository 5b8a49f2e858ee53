# List items need no separators when tokens are unambiguous.
["a""b"(1)[2]{}]
