# A lambda body extends as far right as possible; parenthesise to apply it.
[ ((x: x + 1) 2) (x: x + 1) ]
