# The legacy `let { ... }` form evaluates to its `body` attribute.
let { x = 1; body = x + 1; }
