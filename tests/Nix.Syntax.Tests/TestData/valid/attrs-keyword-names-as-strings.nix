# Keywords can be attribute names only when quoted.
a: [ a."if" a."then"."else" { "if" = 1; "let" = 2; "in" = 3; "rec" = 4; "inherit" = 5; } ]
