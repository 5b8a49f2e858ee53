# A dangling dot before `;`.
foo: { xyz = foo.; c = 3; }
