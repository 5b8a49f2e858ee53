# Inherit from an expression with no names.
let e = { }; in { inherit (e); }
