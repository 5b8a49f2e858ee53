# String names, dynamic names, interpolated string names and dynamic path components.
k: b: { "a b" = 1; ${k} = 2; "${k}x" = 3; a.${b}.c = 1; "" = 4; "with\"quote" = 5; }
