a: b: assert a b
