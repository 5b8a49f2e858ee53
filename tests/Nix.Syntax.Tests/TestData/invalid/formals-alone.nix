# A formal set without `:` is neither a lambda nor an attribute set.
{ a }
