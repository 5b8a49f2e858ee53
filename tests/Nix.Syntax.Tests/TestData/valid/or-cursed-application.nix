# Legacy quirk: `f or` applies f to a variable named `or` (Nix 2.8 reports it as undefined).
f: f or
