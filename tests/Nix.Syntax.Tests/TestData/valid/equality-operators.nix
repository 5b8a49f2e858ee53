# Equality and inequality.
a: b: [ (a == b) (a != b) ({ } == { }) ([ ] != [ 1 ]) ]
