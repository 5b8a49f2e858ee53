# Paths as arguments and in imports.
{ imports = [ ./hardware-configuration.nix ../common/base.nix ]; src = builtins.path { path = ./.; name = "src"; }; }
