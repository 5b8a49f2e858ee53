# `${"a"}` with a plain string inside is a static name, so it is allowed in a plain inherit.
let a = 1; in { inherit ${"a"}; }
