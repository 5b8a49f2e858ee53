# A path followed by an `or` default on a selection of the import.
(import ./settings.nix).port or 6443
