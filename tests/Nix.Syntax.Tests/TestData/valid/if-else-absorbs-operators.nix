# The else branch extends as far as possible: `if a then b else c + 1` is `if a then b else (c + 1)`.
a: b: c: if a then b else c + 1
