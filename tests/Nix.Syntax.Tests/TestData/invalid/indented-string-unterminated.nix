# An indented string without its closing quotes.
''abc
