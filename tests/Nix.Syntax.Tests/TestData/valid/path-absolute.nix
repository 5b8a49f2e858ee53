# Absolute paths.
[ /a /etc/nixos/configuration.nix /nix/store ]
