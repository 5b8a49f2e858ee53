# `or` cannot be a formal name.
{ or }: 1
