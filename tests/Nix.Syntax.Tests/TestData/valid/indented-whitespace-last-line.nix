# A whitespace-only final line is ignored when computing indentation.
''
    x
    y
        ''
