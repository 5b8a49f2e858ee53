# Longest match: identifiers that start with or contain keywords are plain identifiers.
let
  if-x = 1;
  iffy = 2;
  inherit' = 3;
  letter = 4;
  inside = 5;
  within = 6;
  assertion = 7;
  then' = 8;
  else- = 9;
  orange = 10;
  or-else = 11;
  rec_ = 12;
  in_ = 13;
in
[ if-x iffy inherit' letter inside within assertion then' else- orange or-else rec_ in_ ]
