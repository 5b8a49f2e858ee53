a: b: with a b
