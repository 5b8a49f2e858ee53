# `a/ /*c*/ b` divides; in `a/*c*/b` the comment swallows the slash, giving an application.
a: b: [ (a/ /*c*/ b) (a/*c*/b) (6/*c*/2) ]
