# a.b defined once via a path and once inside a set literal.
{ a.b = 1; a = { b = 2; }; }
