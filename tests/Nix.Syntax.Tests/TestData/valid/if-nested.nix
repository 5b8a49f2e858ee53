# else-if chains nest to the right.
n: if n < 0 then "neg" else if n == 0 then "zero" else if n < 10 then "small" else "big"
