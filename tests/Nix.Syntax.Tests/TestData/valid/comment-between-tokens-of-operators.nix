# Comments may separate an operator from its operands.
a: b: [ (a /*1*/ ++ /*2*/ b) (a/**/+/**/b) (! /*3*/ a) (- # 4
 a) ]
