# Several asserts in a row, with implication.
x: assert x != null; assert x ? a -> x.a > 0; x
