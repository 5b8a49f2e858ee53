# File header comment

{ config, ... }:
{
  # Above a binding
  services.k3s.enable = true; # At the end of a line

  /*
    A block comment
    over two lines
  */
  services.k3s.role = "server";

  emptyWithComment = {
    # Only a comment inside
  };

  list = [
    # Before the first item
    "a"
    "b" # After an item
  ];
  value =
    let
      x = 1;
      # Between let and in
    in
    x;
  # Before the closing brace
}
