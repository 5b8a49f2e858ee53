# `0.` is not a float (only `[1-9]...` may have a trailing dot), so this is `0` followed by a dangling `.`.
0.
