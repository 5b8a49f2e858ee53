# a is a set (from a.b) and then a plain value.
{ a.b = 1; a = 1; }
