# Negation stacks and mixes with binary minus.
a: b: [ (- -a) (a - - b) (a * -b) (-(-1)) (--1) (- a * b) (-a ++ b) ]
