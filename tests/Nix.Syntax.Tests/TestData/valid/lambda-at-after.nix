# Pattern name after the formals.
{ a }@x: a + x.a
