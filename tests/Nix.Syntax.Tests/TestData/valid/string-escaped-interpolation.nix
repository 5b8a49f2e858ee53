# `\${` is literal text, not an interpolation.
"\${x} costs \${"
