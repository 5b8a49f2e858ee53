# with, assert, let and lambdas take everything to their right.
a: with { }; assert true; let b = 1; in c: if a then b else c + 1
