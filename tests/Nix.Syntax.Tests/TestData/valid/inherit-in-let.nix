# Inherit inside let, from an expression and from the enclosing scope.
let
  inherit (builtins) map length;
  xs = [ 1 2 ];
in
let
  inherit xs;
in
length (map (x: x) xs)
