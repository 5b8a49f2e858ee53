# Pattern name before the formals.
x@{ a }: a + x.a
