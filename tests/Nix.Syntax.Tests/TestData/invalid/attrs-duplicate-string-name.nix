# `"a"` and `a` are the same name.
{ "a" = 1; a = 2; }
