# The classic import idiom.
import <nixpkgs> { config = { }; overlays = [ ]; }
