# A quoted static name is allowed in let.
let "a" = 1; in a
