# `x:x` without a space is a URI literal (a string), not a lambda.
x:x
