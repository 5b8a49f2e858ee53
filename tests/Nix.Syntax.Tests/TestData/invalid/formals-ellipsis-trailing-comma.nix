# No comma is allowed after the ellipsis.
{ a, ..., }: a
