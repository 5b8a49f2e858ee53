# A dangling dot at end of file.
a: a.
