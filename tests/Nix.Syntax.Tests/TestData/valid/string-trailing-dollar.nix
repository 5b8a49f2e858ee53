# A `$` right before the closing quote needs trailing context in the lexer.
[ "cost: 5$" "$" "$$" "a$$$" ]
