# The body of with extends right, absorbing operators.
with { a = 1; }; a + 1 == 2
