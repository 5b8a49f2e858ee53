# The newline right after the opening `''` (with optional spaces) is dropped.
''   
  body
''
