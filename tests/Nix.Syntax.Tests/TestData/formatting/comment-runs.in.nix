{ a, }/* block */ # then line
 :
let
  b = x ||/* c */ # d
    y;
  c = (/* after paren */ # and a line
    x);
  d = "${/* in interp */ # line
    x}";
  e = [ x/* one */ # two
    y ];
in
with b; assert c;/* e */ # f
d
