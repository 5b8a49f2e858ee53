# An integer is not an attribute name (`a.1` would lex as `a` applied to the float `.1`).
a: a . 1
