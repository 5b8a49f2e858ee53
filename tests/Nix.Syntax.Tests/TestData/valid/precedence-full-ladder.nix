# One expression using every precedence level, tightest to loosest.
f: a: b: c: d: e:
  a.x or b  # select with default
  ++ [ (f a) ]
  ++ [ (-e ? y) ]
  == [ ] # concat then equality
  || !c // d == e && a * b + c - d / e < f a
  -> b
