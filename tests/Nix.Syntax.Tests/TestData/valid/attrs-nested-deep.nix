# Deeply nested attribute paths and sets.
{ a.b.c.d.e = 1; f = { g = { h = { i = 2; }; }; }; j.k = { l.m = 3; }; }
