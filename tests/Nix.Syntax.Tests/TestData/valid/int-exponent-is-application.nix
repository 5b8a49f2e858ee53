# An exponent needs a dot: 1e3 lexes as INT 1 followed by ID e3.
let e3 = 1000; in [ 1e3 ]
