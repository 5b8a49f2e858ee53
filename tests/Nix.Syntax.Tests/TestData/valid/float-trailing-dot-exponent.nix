# Trailing dot followed by an exponent.
1.e5
