# `$${` is literal text, not an interpolation.
"$${x} and $${ not closed"
