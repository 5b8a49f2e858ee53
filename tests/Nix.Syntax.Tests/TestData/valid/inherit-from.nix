# Inherit from an expression.
let e = { a = 1; b = 2; }; in { inherit (e) a b; }
