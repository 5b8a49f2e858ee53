# Selecting and testing directly on set literals.
[ { a = 1; }.a ({ a = 1; } ? a) ({ a.b = 1; }.a.b or 0) ]
