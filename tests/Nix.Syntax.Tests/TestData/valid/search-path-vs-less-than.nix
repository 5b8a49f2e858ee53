# `a < b` with spaces is a comparison, `<b>` a search path.
a: b: [ (a < b) <b> (a <b>) ]
