# Comments in every gap of the syntax.
/*a*/ let /*b*/ x /*c*/ = /*d*/ 1 /*e*/ ; /*f*/
  inherit /*g*/ ( /*h*/ builtins /*i*/ ) /*j*/ map /*k*/ ; # l
  f /*m*/ = /*n*/ { /*o*/ a /*p*/ ? /*q*/ 1 /*r*/ , /*s*/ ... /*t*/ } /*u*/ @ /*v*/ args /*w*/ : /*x*/ a;
  s = { a = 1; }/*y*/./*z*/a /*aa*/ or /*bb*/ 2;
  l = [ /*cc*/ 1 # dd
    2 /*ee*/ ];
/*ff*/ in /*gg*/ if /*hh*/ x /*ii*/ == 1 /*jj*/ then /*kk*/ f { } /*ll*/ else /*mm*/ - /*nn*/ s /*oo*/
# pp
