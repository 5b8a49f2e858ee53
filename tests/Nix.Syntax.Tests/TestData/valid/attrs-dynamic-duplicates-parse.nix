# Duplicate dynamic names are only detected at evaluation time.
x: { ${x} = 1; ${x} = 2; "${"a"}" = 3; a = 4; }
