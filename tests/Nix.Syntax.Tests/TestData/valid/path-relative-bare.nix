# `a/b` is a relative path even without `./`.
a/b
