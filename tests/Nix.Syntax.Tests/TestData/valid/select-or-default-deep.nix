# Defaults on deep and dynamic selections.
x: k: [ (x.a.b.c or null) (x.${k} or x."${k}-fallback" or { }) (x.a or x.b or x.c or 0) ]
