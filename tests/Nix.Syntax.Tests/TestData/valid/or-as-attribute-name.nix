# `or` is allowed as an attribute name in bindings and selections.
[ { or = 1; }.or ({ a.or.b = 2; }.a.or.b) ({ "or" = 3; } ? or) ]
