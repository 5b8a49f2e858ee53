# Tabs are whitespace between tokens.
[	1		2
	3 ]
