# Binding values are full expressions: lambdas, let, if, with, assert.
{
  f = x: x;
  g = { y ? 1 }: y;
  l = let z = 1; in z;
  i = if true then 1 else 2;
  w = with { q = 1; }; q;
  a = assert true; 1;
  u = x:x;
}
