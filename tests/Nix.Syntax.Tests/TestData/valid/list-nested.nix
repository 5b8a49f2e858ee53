# Lists of lists, mixed item kinds.
[ [ ] [ 1 [ 2 ] ] { } "s" ''i'' ./p <n> u:r 1.5 null (x: x) ]
