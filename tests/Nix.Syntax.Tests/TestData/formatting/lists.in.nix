{
  empty = [ ];
  short = [ "a" "b" ];
  long = [ "--tls-san=node-one.example.internal" "--disable=traefik" "--flannel-backend=wireguard-native" ];
  nested = [ [ 1 2 ] [ 3 ] ];
  mixed = [ pkgs.curl (pkgs.callPackage ./tool.nix { }) ];
}
