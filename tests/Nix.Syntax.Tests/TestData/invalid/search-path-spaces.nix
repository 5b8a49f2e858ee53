# No spaces inside angle brackets.
< a >
