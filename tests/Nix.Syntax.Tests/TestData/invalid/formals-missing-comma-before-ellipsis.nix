# Formals are separated by commas.
{ a ? 1 ... }: a
