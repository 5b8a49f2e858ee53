# The source of inherit-from can be any expression.
f: { inherit (f { a = 1; }) a; inherit ({ b = 2; } // { c = 3; }) b c; inherit (let x = { d = 4; }; in x) d; }
