# A plain integer literal.
42
