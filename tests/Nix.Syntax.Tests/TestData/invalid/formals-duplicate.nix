# The same formal twice.
{ a, a }: a
