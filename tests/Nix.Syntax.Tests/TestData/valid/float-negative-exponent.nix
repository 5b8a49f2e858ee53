# Signed exponent.
1.5e-3
