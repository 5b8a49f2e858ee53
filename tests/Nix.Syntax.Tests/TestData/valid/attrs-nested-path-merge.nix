# Nested paths merge with each other and with a literal set (in either order).
[
  { a.b = 1; a.c = 2; }
  { a = { b = 1; }; a.c = 2; }
  { a.b = 1; a = { c = 2; }; }
  { x.y.z = 1; x.y.w = 2; x.v = 3; }
]
