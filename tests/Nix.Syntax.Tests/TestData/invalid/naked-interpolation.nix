# `${x}` is not an expression on its own.
x: ${x}
