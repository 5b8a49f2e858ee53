# Names may be given as strings; a constant `${"..."}` is also static.
let a = 1; e = { b = 2; c = 3; "d e" = 4; }; in { inherit "a"; inherit (e) "b" ${"c"} "d e"; }
