# inherit a and a binding of a collide.
let a = 1; in { a = 1; inherit a; }
