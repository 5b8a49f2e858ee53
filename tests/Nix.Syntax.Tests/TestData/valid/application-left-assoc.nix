# Application is left associative: `f x y` is `(f x) y`.
f: x: y: f x y
