# Lambdas as binding values and lambda results.
let compose = f: g: x: f (g x); in { inherit compose; twice = f: compose f f; }
