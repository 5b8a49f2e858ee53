# A list item may be a full selection with a default.
x: [ x.a.b x.c or 1 x."d" ]
