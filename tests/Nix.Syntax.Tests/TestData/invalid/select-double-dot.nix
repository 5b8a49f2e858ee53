# Two dots in a row.
x: x..y
