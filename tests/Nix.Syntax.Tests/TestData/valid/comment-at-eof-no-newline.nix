# A line comment at end of file without a trailing newline.
1 # end