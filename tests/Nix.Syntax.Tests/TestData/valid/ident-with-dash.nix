# `x-1` is one identifier; only `x - 1` subtracts.
let
  x = 5;
  x-1 = 2;
in
[ x-1 (x - 1) (x -1) ]
