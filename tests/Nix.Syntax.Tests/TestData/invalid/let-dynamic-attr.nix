# Dynamic names are not allowed in let.
x: let ${x} = 1; in 1
