# Interpolation in indented strings; an interpolation ends the line's indentation.
let
  name = "world";
  n = 3;
in
''
  hello ${name}
  ${toString n} times
    nested ${if n > 2 then "big" else "small"}
''
