# Interpolation in the middle of a segment, followed by more path text.
version: ./a-${version}.nix
