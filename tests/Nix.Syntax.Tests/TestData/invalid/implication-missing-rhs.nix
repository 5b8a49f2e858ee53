a: b: a -> b ->
