# `f -1` is `f - 1`, not `f` applied to `-1`; use `f (-1)` for that.
f: [ (f -1) (f (-1)) (f - 1) ]
