# No hex or digit-separator forms: 0x10 is `0 x10` and 1_000 is `1 _000`, giving four list items.
let
  x10 = 16;
  _000 = 0;
in
[ 0x10 1_000 ]
