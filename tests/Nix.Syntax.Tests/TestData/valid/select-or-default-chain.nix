# `a.b or c.d or e` is `a.b or (c.d or e)`: the default of `or` is itself a select.
a: c: e: a.b or c.d or e
