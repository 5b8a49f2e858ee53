# CRLF line endings in an indented string are kept verbatim (not normalised);
# the CR after the opening quotes also stops the blank first line from being dropped.
''
  first
  second
''
