# The classic `with pkgs; [ ... ]` idiom.
pkgs: with pkgs; [ git curl jq ]
