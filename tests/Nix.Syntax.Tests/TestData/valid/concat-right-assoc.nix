# `++` is right associative.
a: b: c: a ++ b ++ c
