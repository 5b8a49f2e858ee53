# `or` cannot be a lambda argument.
or: 1
