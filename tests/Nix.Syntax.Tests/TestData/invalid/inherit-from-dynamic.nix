# Nor in inherit-from.
x: y: { inherit (x) ${y}; }
