# `- f x` is `-(f x)`: application binds tighter than negation.
f: x: - f x
