# A string without its closing quote.
"abc
