# An indented string; common leading spaces are stripped.
''
  first
    indented more
  last
''
