# `or` may be inherited (from an expression or from scope).
x: [ { inherit (x) or; } (let inherit (x) or; in 1) ]
