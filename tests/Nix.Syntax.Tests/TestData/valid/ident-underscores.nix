# Underscores, leading and doubled.
let _ = 1; _a = 2; __b = 3; a_b = 4; A_1 = 5; in [ _ _a __b a_b A_1 ]
