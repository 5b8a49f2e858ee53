# A plain double-quoted string.
"hello, world"
