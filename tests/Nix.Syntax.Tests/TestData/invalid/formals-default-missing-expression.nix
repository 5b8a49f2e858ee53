# A `?` in formals needs a default expression.
{ a, b ? }: a
