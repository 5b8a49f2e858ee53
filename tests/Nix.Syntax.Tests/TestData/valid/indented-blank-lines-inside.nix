# Blank lines do not count toward the minimum indentation.
''
    a

    b
      c
''
