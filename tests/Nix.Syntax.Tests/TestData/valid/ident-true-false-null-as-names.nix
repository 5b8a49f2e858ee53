# They can be attribute names, formals and lambda arguments too.
{ null ? 1, false, ... }:
{ true = null; x = true: true; inherit false; }
