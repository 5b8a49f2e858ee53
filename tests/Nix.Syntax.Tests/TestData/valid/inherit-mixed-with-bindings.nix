# Inherits interleaved with ordinary bindings.
let a = 1; s = { b = 2; }; in rec { inherit a; c = a + b; inherit (s) b; d.e = c; }
