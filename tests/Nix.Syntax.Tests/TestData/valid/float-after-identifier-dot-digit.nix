# `x.5` is not a selection: it is `x` applied to the float .5. Likewise `a.1`.
let
  x = y: y;
  a = y: y;
in
[ x.5 a.1 ]
