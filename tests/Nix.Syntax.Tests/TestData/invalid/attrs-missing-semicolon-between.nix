# Bindings must be separated by `;`.
a: b: { a = 1 b = 2; }
