# A bit of everything nested together.
{ lib ? import <nixpkgs/lib>, ... }@args:
let
  inherit (lib) mapAttrs;
  cfg = rec {
    name = "demo";
    files = map (f: ./files/${f}) [ "a.conf" "b.conf" ];
    ports.http = 80;
    ports."https" = 443;
    all = [ ports.http ports.https ] ++ lib.optional (args ? extra) 8080;
  };
  render = k: v: ''
    ${k} = ${toString v}
  '';
in
assert cfg.ports.http < cfg.ports.https;
with builtins;
{
  text = concatStringsSep "\n" (attrValues (mapAttrs render cfg.ports));
  check = if cfg ? name && !(cfg ? missing) then "${cfg.name}: ok" else throw "bad";
  neg = -cfg.ports.http + 1;
  upd = { a = 1; } // cfg.ports // { b.c = -1.5e2; };
}
