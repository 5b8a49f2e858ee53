# The ellipsis must come last.
{ ..., a }: a
