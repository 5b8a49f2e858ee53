# `?` binds tighter than `&&`, `==` and `!`.
a: [ (a ? b && a ? c) (a ? b == true) (!a ? b) ]
