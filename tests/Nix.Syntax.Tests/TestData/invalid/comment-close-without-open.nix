# A stray `*/` is `*` followed by `/`.
/* a */ */ 1
