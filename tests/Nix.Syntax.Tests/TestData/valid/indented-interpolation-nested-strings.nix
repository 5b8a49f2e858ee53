# Indented and double-quoted strings nested through interpolations.
let x = "x"; in ''outer ${"mid ${''inner ${x}''}"} end''
