# Every float shape accepted by the FLOAT_LIT regex.
[
  0.5
  .5
  1.
  1.e5
  1.E+5
  .5e3
  0.0e0
  3.14159
  100.001
  2.5E-10
  .0
]
