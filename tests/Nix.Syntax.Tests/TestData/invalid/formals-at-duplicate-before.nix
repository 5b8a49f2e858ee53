# The pattern name clashes with a formal.
a@{ a }: a
