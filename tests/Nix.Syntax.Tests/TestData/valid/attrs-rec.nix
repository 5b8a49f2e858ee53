# Recursive attribute sets.
rec { a = 1; b = a + 1; c = { d = b; }; e.f = c.d; }
