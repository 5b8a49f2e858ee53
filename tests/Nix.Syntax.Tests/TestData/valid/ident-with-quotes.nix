# Identifiers may contain `'` after the first character.
let
  a' = 1;
  a'' = 2;
  f''x'' = 3;
  x'y'z = 4;
in
a' + a'' + f''x'' + x'y'z
