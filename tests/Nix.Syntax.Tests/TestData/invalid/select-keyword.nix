# Keywords cannot be selected without quotes.
a: a.if
