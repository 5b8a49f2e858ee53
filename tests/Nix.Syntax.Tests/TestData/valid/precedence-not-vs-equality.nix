# `!a == b` is `(!a) == b`; `!!a` is double negation.
a: b: [ (!a == b) (!!a) (!a -> b) ]
