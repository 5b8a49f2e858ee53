# `''$` escapes a dollar, so `''${x}` is the literal text ${x}.
''
  literal ''${x} here
  lone ''$ too
''
