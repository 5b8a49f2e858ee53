# Selection with dynamic, string and interpolated-string components.
a: b: [ a.${b} a."${b}c" a.${b}."d e".f (a.${b} or null) a."" ]
