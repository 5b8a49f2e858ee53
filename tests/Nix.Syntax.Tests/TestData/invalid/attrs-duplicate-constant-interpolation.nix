# `${"a"}` is the static name a, so it collides.
{ a = 1; ${"a"} = 2; }
