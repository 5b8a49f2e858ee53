# Defaults can be any expression, including imports and lambdas.
{ pkgs ? import <nixpkgs> { }, lib ? pkgs.lib, f ? x: x, set ? { a = 1; }, ... }@args:
f (lib.attrNames args)
