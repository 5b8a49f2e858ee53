# Home paths start with `~/`.
[ ~/a ~/.config/nixpkgs/config.nix ]
