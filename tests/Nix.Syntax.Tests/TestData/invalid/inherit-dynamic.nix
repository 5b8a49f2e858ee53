# Dynamic names are not allowed in inherit.
x: { inherit ${x}; }
