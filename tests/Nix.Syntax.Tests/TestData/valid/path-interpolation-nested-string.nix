# A string with its own interpolation inside a path interpolation.
x: ./${"sub/${x}"}/default.nix
